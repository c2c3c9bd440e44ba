package dev.outward.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The simulated months, from the first day of the first month (00:00 UTC) to the end of the last. */
final class Period {
    private final long[] monthStarts;

    private Period(long[] monthStarts) {
        this.monthStarts = monthStarts;
    }

    static Period of(LocalDate first, int months) {
        long[] starts = new long[months + 1];
        for (int m = 0; m <= months; m++) {
            starts[m] = first.plusMonths(m).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }
        return new Period(starts);
    }

    int months() {
        return monthStarts.length - 1;
    }

    long start() {
        return monthStarts[0];
    }

    long end() {
        return monthStarts[monthStarts.length - 1];
    }

    long monthStart(int month) {
        return monthStarts[month];
    }

    long monthEnd(int month) {
        return monthStarts[month + 1];
    }

    /** The month a moment falls in; 0 for moments before the period. */
    int monthOf(long time) {
        int month = 0;
        while (month < months() - 1 && time >= monthStarts[month + 1]) {
            month++;
        }
        return month;
    }

    /** How much more energy a month's bill carries than the yearly average: most in January, least in July. */
    double winterFactor(int month) {
        int monthOfYear = LocalDate.ofEpochDay(monthStarts[month] / Times.DAY).getMonthValue();
        return 1.0 + 0.3 * StrictMath.cos(2.0 * Math.PI * (monthOfYear - 1) / 12.0);
    }
}
