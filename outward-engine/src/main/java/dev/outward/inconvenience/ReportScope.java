package dev.outward.inconvenience;

import java.util.ArrayList;
import java.util.List;

/** A {@link ReportFilter} as SQL conditions on a time column; dates become half-open [from 00:00, to+1 00:00). */
final class ReportScope {

    private final ReportFilter filter;

    ReportScope(ReportFilter filter) {
        this.filter = filter;
    }

    /** {@code WHERE …} (or {@code WHERE true}) on a table whose event time is {@code column}. */
    String where(String column) {
        return " WHERE " + condition(column);
    }

    /** The conditions joined with AND, {@code true} when the filter is open. */
    String condition(String column) {
        List<String> conditions = new ArrayList<>();
        filter.from().ifPresent(d -> conditions.add(column + " >= TIMESTAMP '" + d + " 00:00:00'"));
        filter.to().ifPresent(d -> conditions.add(column + " < TIMESTAMP '" + d.plusDays(1) + " 00:00:00'"));
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }
}
