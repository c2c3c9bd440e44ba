package dev.outward.inconvenience;

import dev.outward.store.Database;

/**
 * The customers a scope's customer-level figures are about, as two SQL tables: {@code active(bits)}, one bitstring
 * with a bit per customer active in scope (customer k is bit k - 1), and {@code hits(k, n)}, each inconvenienced
 * customer with their inconveniences in scope counted up to 4. With only a period they come from the year masks (one
 * row per customer); with a channel, service or segment from {@code customer_days}.
 */
final class Population {

    private final ReportScope scope;
    private final int largestKey;

    Population(Database database, ReportScope scope) {
        this.scope = scope;
        this.largestKey = CustomerDays.largestKey(database);
    }

    /** One row: active customers, inconvenienced customers. */
    String counts() {
        if (masks()) {
            return "SELECT %s, %s FROM customer_years WHERE %s".formatted(count("seen"), count("hit1"), overlaps("seen"));
        }
        return "SELECT coalesce(bit_count(%1$s), 0), coalesce(bit_count(%1$s FILTER (WHERE rule IS NOT NULL)), 0) FROM customer_days WHERE %2$s"
                .formatted(bits(), scope.onDays());
    }

    /** {@code WITH active AS (…), hits AS (…)}, for a query that follows. */
    String with() {
        if (masks()) {
            return """
                    WITH active AS (SELECT %s AS bits FROM customer_years WHERE %s),
                    hits AS (SELECT k, least(4, sum(%s)) AS n FROM customer_years WHERE %s GROUP BY k)
                    """.formatted(bits(), overlaps("seen"), YearMasks.hitsUpTo4(scope.from(), scope.to()), overlaps("hit1"));
        }
        return """
                WITH active AS (SELECT %1$s AS bits FROM customer_days WHERE %2$s),
                hits AS (SELECT k, least(4, sum(n)) AS n FROM customer_days WHERE %2$s AND rule IS NOT NULL GROUP BY k)
                """.formatted(bits(), scope.onDays());
    }

    /** A bitstring of the distinct {@code k} of the rows aggregated. */
    String bits() {
        return "bitstring_agg(k, 1, " + largestKey + ")";
    }

    private boolean masks() {
        return !scope.filter().hasDimensions();
    }

    private String overlaps(String mask) {
        return YearMasks.overlaps(mask, scope.from(), scope.to());
    }

    private String count(String mask) {
        return "coalesce(bit_count(%s FILTER (WHERE %s)), 0)".formatted(bits(), overlaps(mask));
    }
}
