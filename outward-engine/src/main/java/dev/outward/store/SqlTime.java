package dev.outward.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Times written into SQL as literals, in UTC: DuckDB's zone maps skip row groups for a literal bound, not for a
 * parameter, and the time-ordered tables (events, inconveniences) are read a period at a time.
 */
public final class SqlTime {

    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private SqlTime() {
    }

    public static String literal(Instant instant) {
        return "TIMESTAMP '" + LITERAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "'";
    }

    /** {@code AND column >= from AND column < before}, each bound only when given. */
    public static String period(String column, Optional<Instant> from, Optional<Instant> before) {
        return from.map(t -> " AND " + column + " >= " + literal(t)).orElse("")
                + before.map(t -> " AND " + column + " < " + literal(t)).orElse("");
    }
}
