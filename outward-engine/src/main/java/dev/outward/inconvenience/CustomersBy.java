package dev.outward.inconvenience;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.outward.store.Database;

/**
 * Distinct customers inconvenienced per value of a column (service, rule, channel…) under a filter: from the masks of
 * that dimension when the filter chooses no other, per rule over all time without a filter from
 * {@link RuleCustomers}, else from the inconveniences' days, where every column asked is counted in one pass. At 100M
 * events a pass is ~230 ms over a quarter, ~370 over all time, and a service page with a channel chosen asks for two.
 */
final class CustomersBy {

    private final Database database;

    CustomersBy(Database database) {
        this.database = database;
    }

    /** Per column asked, the customers per value. */
    Map<String, Map<String, Long>> count(ReportScope scope, List<String> columns) {
        var counts = new HashMap<String, Map<String, Long>>();
        var population = new Population(database, scope);
        String bits = "coalesce(bit_count(" + population.bits() + "), 0)";
        var fromDays = new ArrayList<String>();
        for (String column : columns) {
            counts.put(column, new HashMap<>());
            perValue(scope, population, column).ifPresentOrElse(
                    sql -> database.sql().query(sql, row -> counts.get(column).put(row.getString(1), row.getLong(2))),
                    () -> fromDays.add(column));
        }
        if (!fromDays.isEmpty()) {
            database.sql().query("SELECT %s, %s, %s FROM inconvenience_days WHERE %s GROUP BY GROUPING SETS (%s)".formatted(
                    whichGrouped(fromDays, c -> "'" + c + "'"), whichGrouped(fromDays, c -> c + "::VARCHAR"), bits, scope.onDays(),
                    fromDays.stream().map(c -> "(" + c + ")").collect(Collectors.joining(", "))),
                    row -> counts.get(row.getString(1)).put(row.getString(2), row.getLong(3)));
        }
        return counts;
    }

    /**
     * A query of {@code (value, customers)} for the column that spares the inconveniences' days: from the masks of a
     * dimension, or the rules' bits over all time without a filter.
     */
    private Optional<String> perValue(ReportScope scope, Population population, String column) {
        var masks = CustomerMasks.grouping(scope.filter(), column);
        if (masks.isPresent()) {
            return Optional.of(population.allTime()
                    ? "SELECT value, coalesce(bit_count(bit_or(hit)), 0) FROM (%s) WHERE hit IS NOT NULL GROUP BY 1"
                            .formatted(masks.get().allTimeBits(scope.filter(), population.bitsCapacity(), false))
                    : "SELECT value, coalesce(bit_count(%s), 0) FROM %s%s AND %s GROUP BY 1".formatted(population.bits(),
                            masks.get().table(), masks.get().rows(scope.filter()), DayWords.overlaps("hit1", scope.from(), scope.to())));
        }
        if (column.equals("rule") && population.allTime() && !scope.filter().anyDimension()) {
            return RuleCustomers.allTimeBits(database, population.bitsCapacity())
                    .map(rows -> "SELECT value, coalesce(bit_count(bit_or(bits)), 0) FROM (" + rows + ") GROUP BY 1");
        }
        return Optional.empty();
    }

    /** {@code CASE WHEN grouping(c) = 0 THEN what(c) …}: of the row's grouping set, which column it groups by. */
    private static String whichGrouped(List<String> columns, java.util.function.Function<String, String> what) {
        return columns.stream().map(c -> "WHEN grouping(" + c + ") = 0 THEN " + what.apply(c))
                .collect(Collectors.joining(" ", "CASE ", " END"));
    }
}
