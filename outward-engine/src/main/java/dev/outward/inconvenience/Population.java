package dev.outward.inconvenience;

import java.util.Optional;

import dev.outward.store.Database;

/**
 * The customers a scope's customer-level figures are about: how many were active and inconvenienced (distinct
 * customers as set bits of {@code bitstring_agg}, customer k being bit k - 1), and each of them with their count of
 * inconveniences. Over all time (or a period holding every day) without a channel, service or segment they are the
 * customers' keys with {@link CustomerTotals}, a row per customer; with a period and at most one of channel, service
 * and segment they come from {@link CustomerMasks} (up to two rows per customer and 63 days); with more from the day
 * tables.
 */
final class Population {

    /** Every customer with an event or an inconvenience, and their inconveniences, over all time. */
    private static final String EVERYONE = """
            SELECT c.k, coalesce(i.n, 0) AS n FROM customer_keys c LEFT JOIN %s i USING (k) LEFT JOIN %s m USING (k)
            WHERE m.k IS NULL OR i.n > 0""".formatted(CustomerTotals.TABLE, MergedCustomers.TABLE);

    /**
     * How many of {@link #EVERYONE} there are, without a row per customer: the keys less the merged customers left
     * with no inconvenience, and the customers with one. DuckDB counts a table's rows from its metadata, so at 10M
     * events this takes 1 ms where counting the rows of the joins took 16–20.
     */
    private static final String EVERYONE_COUNTED = """
            SELECT (SELECT count(*) FROM customer_keys)
                   - (SELECT count(*) FROM %2$s m LEFT JOIN %1$s i USING (k) WHERE coalesce(i.n, 0) <= 0),
                   (SELECT count(*) FROM %1$s WHERE n > 0)""".formatted(CustomerTotals.TABLE, MergedCustomers.TABLE);

    private final Database database;
    private final ReportScope scope;
    private final Optional<CustomerMasks> masks;
    private final int largestKey;

    Population(Database database, ReportScope scope) {
        this.database = database;
        // a period holding every day a customer did something (an API call from=2024-01-01) takes all time's shortcuts:
        // the totals, a value's stored bits, every mask row without testing its days (38 → 4 ms with a channel at 10M)
        this.scope = new Weekly(database).coversAll(scope) ? new ReportScope(scope.filter().from(null).to(null)) : scope;
        this.masks = CustomerMasks.of(this.scope.filter());
        this.largestKey = CustomerDays.largestKey(database);
    }

    /** One row: active customers, inconvenienced customers. */
    String counts() {
        if (whole()) {
            return EVERYONE_COUNTED;
        }
        if (masks.isPresent() && allTime()) {
            // a dimension chosen (else the totals answered): its values' bits, not every word of every customer
            return "SELECT coalesce(bit_count(bit_or(seen)), 0), coalesce(bit_count(bit_or(hit)), 0) FROM ("
                    + masks.get().allTimeBits(scope.filter(), bitsCapacity(), true) + ")";
        }
        if (masks.isPresent()) {
            return "SELECT %s, %s FROM %s AND %s".formatted(count("seen"), count("hit1"), rows(), seen());
        }
        return "SELECT coalesce(bit_count(%s), 0), (SELECT coalesce(bit_count(%s), 0) FROM inconvenience_days WHERE %s) FROM (%s)"
                .formatted(bits(), bits(), scope.onDays(), everyone());
    }

    /**
     * {@code WITH members AS (…)}: every customer active in scope with their inconveniences in it counted up to 4
     * (0 for none). Enumerating them is up to two rows per customer and 63 days with masks; from the day tables it is only
     * used with two or more dimensions chosen, which leave few rows.
     */
    String members() {
        if (whole()) {
            return "WITH members AS (SELECT k, least(4, n) AS n FROM (" + EVERYONE + "))\n";
        }
        if (masks.isPresent()) {
            return "WITH members AS (SELECT k, %s AS n FROM %s AND %s GROUP BY k)\n"
                    .formatted(sumUpTo4(DayWords.hitsUpTo4(scope.from(), scope.to())), rows(), seen());
        }
        return """
                WITH members AS (SELECT k, %2$s AS n FROM (SELECT k, 0 AS n FROM customer_days WHERE %1$s
                  UNION ALL SELECT k, 1 FROM inconvenience_days WHERE %1$s) GROUP BY k)
                """.formatted(scope.onDays(), sumUpTo4("n"));
    }

    /**
     * A customer's sum up to 4, added up as DOUBLE (exact for these counts): over integers DuckDB keeps a 128-bit sum
     * for each of the 250k customers, which made relationship depth's members for a quarter at 10M events 67 instead
     * of 48 ms.
     */
    private static String sumUpTo4(String n) {
        return "least(4, sum((" + n + ")::DOUBLE))::INTEGER";
    }

    /** All of the customers' days, none left out by a period or a dimension: the totals answer. */
    private boolean whole() {
        return !scope.filter().anyDimension() && allTime();
    }

    /** The length of the stored bits of all time's customers ({@link ValueBits}). */
    int bitsCapacity() {
        return ValueBits.capacity(largestKey);
    }

    /** A bitstring of the distinct {@code k} of the rows aggregated. */
    String bits() {
        return "bitstring_agg(k, 1, " + largestKey + ")";
    }

    /** The customers of events or inconveniences in scope (with repeats). */
    private String everyone() {
        return "SELECT k FROM customer_days WHERE %1$s UNION ALL SELECT k FROM inconvenience_days WHERE %1$s".formatted(scope.onDays());
    }

    private String rows() {
        return masks.orElseThrow().source(database, scope.to()) + masks.orElseThrow().rows(scope.filter());
    }

    /**
     * The rows active in the period. Over all time that is every row: a mask row holds at least one day (a refresh
     * deletes the rows it empties), and a condition DuckDB cannot see through made counting all time's active and
     * inconvenienced customers at 10M events 37 instead of 30 ms, and relationship depth's members 74 instead of 67.
     */
    private String seen() {
        return allTime() ? "true" : DayWords.overlaps("seen", scope.from(), scope.to());
    }

    boolean allTime() {
        return scope.from().isEmpty() && scope.to().isEmpty();
    }

    private String count(String mask) {
        if (mask.equals("seen") && allTime()) {
            return "coalesce(bit_count(%s), 0)".formatted(bits());
        }
        return "coalesce(bit_count(%s FILTER (WHERE %s)), 0)".formatted(bits(), DayWords.overlaps(mask, scope.from(), scope.to()));
    }
}
