package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ReportFilter} as SQL conditions: on a time column (dates become half-open [from 00:00, to+1 00:00)), on
 * a {@code day} column of the summary tables, and on their {@code channel}, {@code service} and {@code segment}
 * columns. Names come from people and are pasted as quoted literals, so quotes are doubled here, once.
 */
final class ReportScope {

    private final ReportFilter filter;

    ReportScope(ReportFilter filter) {
        this.filter = filter;
    }

    ReportFilter filter() {
        return filter;
    }

    Optional<LocalDate> from() {
        return filter.from();
    }

    Optional<LocalDate> to() {
        return filter.to();
    }

    /** {@code WHERE …} (or {@code WHERE true}) on a table whose event time is {@code column}; the period only. */
    String where(String column) {
        return " WHERE " + condition(column);
    }

    /** The period on a timestamp column, {@code true} when the filter is open. */
    String condition(String column) {
        List<String> conditions = new ArrayList<>();
        filter.from().ifPresent(d -> conditions.add(column + " >= TIMESTAMP '" + d + " 00:00:00'"));
        filter.to().ifPresent(d -> conditions.add(column + " < TIMESTAMP '" + d.plusDays(1) + " 00:00:00'"));
        return and(conditions);
    }

    /** The period and the dimensions on a table with a timestamp column (the inconveniences). */
    String onTimes(String column) {
        return condition(column) + " AND " + dimensions();
    }

    /** The period on a DATE column. */
    String period(String column) {
        List<String> conditions = new ArrayList<>();
        filter.from().ifPresent(d -> conditions.add(column + " >= DATE '" + d + "'"));
        filter.to().ifPresent(d -> conditions.add(column + " <= DATE '" + d + "'"));
        return and(conditions);
    }

    /** The period and the dimensions on a summary table ({@code day}, {@code channel}, {@code service}, {@code segment}). */
    String onDays() {
        return period("day") + " AND " + dimensions();
    }

    String dimensions() {
        List<String> conditions = new ArrayList<>();
        filter.channel().ifPresent(c -> conditions.add("channel = " + literal(c)));
        filter.service().ifPresent(s -> conditions.add("service = " + literal(s.value())));
        filter.segment().ifPresent(s -> conditions.add("segment = " + literal(s)));
        return and(conditions);
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String and(List<String> conditions) {
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }
}
