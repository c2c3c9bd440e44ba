package dev.outward.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * The one form of a time on every page and in every CSV: ISO-8601, UTC, to the second ({@code 2026-11-24T02:30:12Z}).
 * Stored times carry microseconds, and the store's TIMESTAMP columns no zone: shown as they come, one table said
 * {@code 2026-11-24T02:30:12.465935} and the next {@code …266549Z}. The API keeps the full precision. Templates reach it
 * as {@code ${@times.utc(…)}}.
 */
@Component("times")
public final class Times {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ISO_INSTANT;

    public static String utc(Instant time) {
        return time == null ? null : SECONDS.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A TIMESTAMP of the store, which holds UTC: every connection sets its time zone so. */
    public static String utc(LocalDateTime time) {
        return time == null ? null : utc(time.toInstant(ZoneOffset.UTC));
    }
}
