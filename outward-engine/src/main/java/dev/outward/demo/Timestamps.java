package dev.outward.demo;

import java.time.LocalDate;

/**
 * Formats epoch seconds as RFC 3339 UTC timestamps ({@code 2026-03-01T10:15:00Z}).
 *
 * <p>The date part of every day of the period (and a margin after it, for promised dates and outage ends) is
 * formatted once up front: {@code java.time} formatting per event would cost more than writing the rest of the line.
 */
final class Timestamps {
    private static final int MARGIN_DAYS = 120;

    private final long firstDay;
    private final String[] days;

    Timestamps(Period period) {
        this.firstDay = Math.floorDiv(period.start(), Times.DAY);
        int count = (int) (Math.floorDiv(period.end(), Times.DAY) - firstDay) + MARGIN_DAYS;
        this.days = new String[count];
        for (int i = 0; i < count; i++) {
            days[i] = LocalDate.ofEpochDay(firstDay + i).toString();
        }
    }

    void append(StringBuilder out, long epochSecond) {
        appendDay(out, Math.floorDiv(epochSecond, Times.DAY));
        int second = (int) Math.floorMod(epochSecond, Times.DAY);
        out.append('T');
        two(out, second / 3600);
        out.append(':');
        two(out, second / 60 % 60);
        out.append(':');
        two(out, second % 60);
        out.append('Z');
    }

    /** Appends the date ({@code YYYY-MM-DD}) of an epoch second. */
    void appendDate(StringBuilder out, long epochSecond) {
        appendDay(out, Math.floorDiv(epochSecond, Times.DAY));
    }

    private void appendDay(StringBuilder out, long epochDay) {
        long i = epochDay - firstDay;
        if (i >= 0 && i < days.length) {
            out.append(days[(int) i]);
        } else {
            out.append(LocalDate.ofEpochDay(epochDay));
        }
    }

    private static void two(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
