package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.outward.store.Database;

/**
 * Retention and relationship depth by inconvenience bucket, over the {@link Population} of a scope. The bucket-0
 * customers (active, never inconvenienced) are never listed: they are the active bitstring's set bits minus the
 * inconvenienced, and what is summed over them is summed over customer facts whose bit is set.
 */
final class Buckets {

    private final Database database;

    Buckets(Database database) {
        this.database = database;
    }

    List<RetentionFigures> retention(ReportScope scope) {
        var rows = new EnumMap<Bucket, long[]>(Bucket.class);
        database.sql().query(new Population(database, scope).with() + """
                , closers AS (SELECT DISTINCT k FROM relationship_days WHERE closures > 0 AND %s)
                SELECT h.n, count(*), count(c.k) FROM hits h LEFT JOIN closers c USING (k) GROUP BY h.n
                UNION ALL
                SELECT 0, coalesce(bit_count(a.bits), 0) - (SELECT count(*) FROM hits),
                       (SELECT count(*) FROM closers c WHERE get_bit(a.bits, c.k - 1) = 1
                          AND NOT EXISTS (SELECT 1 FROM hits h WHERE h.k = c.k))
                FROM active a""".formatted(scope.period("day")), row -> add(rows, row.getLong(1), row.getLong(2), row.getLong(3)));
        return java.util.Arrays.stream(Bucket.values()).map(bucket -> {
            long[] figures = rows.getOrDefault(bucket, new long[2]);
            return new RetentionFigures(bucket, figures[0], figures[1], Report.ratio(figures[1], figures[0]));
        }).toList();
    }

    List<DepthFigures> depth(ReportScope scope, LocalDate end) {
        var rows = new EnumMap<Bucket, long[]>(Bucket.class);
        var sums = new EnumMap<Bucket, double[]>(Bucket.class);
        database.sql().query(new Population(database, scope).with() + """
                , vals AS (SELECT k, greatest(0, sum(products)) AS products,
                                  coalesce(sum(spend) FILTER (WHERE %1$s), 0) AS spend
                           FROM relationship_days WHERE day <= DATE '%2$s' GROUP BY k),
                tenure AS (SELECT c.k, DATE '%2$s' - arg_max(p.since, p.time) AS days
                           FROM area_profiles p JOIN customer_keys c USING (customer)
                           WHERE p.since IS NOT NULL AND p.time < DATE '%2$s' + 1 GROUP BY c.k),
                facts AS (SELECT coalesce(v.k, t.k) AS k, coalesce(v.products, 0) AS products, coalesce(v.spend, 0) AS spend,
                                 t.days FROM vals v FULL JOIN tenure t USING (k)),
                zero AS (SELECT f.* FROM facts f, active a WHERE get_bit(a.bits, f.k - 1) = 1
                           AND NOT EXISTS (SELECT 1 FROM hits h WHERE h.k = f.k))
                SELECT h.n, count(*), coalesce(sum(f.products), 0), coalesce(sum(f.spend), 0), coalesce(sum(f.days), 0),
                       count(f.days)
                FROM hits h LEFT JOIN facts f USING (k) GROUP BY h.n
                UNION ALL
                SELECT 0, (SELECT coalesce(bit_count(bits), 0) FROM active) - (SELECT count(*) FROM hits),
                       coalesce(sum(products), 0), coalesce(sum(spend), 0), coalesce(sum(days), 0), count(days) FROM zero"""
                .formatted(scope.period("day"), end), row -> {
                    var bucket = add(rows, row.getLong(1), row.getLong(2), row.getLong(6));
                    var total = sums.computeIfAbsent(bucket, b -> new double[3]);
                    total[0] += row.getDouble(3);
                    total[1] += row.getDouble(4);
                    total[2] += row.getDouble(5);
                    return null;
                });
        return java.util.Arrays.stream(Bucket.values()).map(bucket -> {
            long[] counts = rows.getOrDefault(bucket, new long[2]);
            double[] total = sums.getOrDefault(bucket, new double[3]);
            return new DepthFigures(bucket, counts[0], Report.ratio(total[0], counts[0]),
                    Report.ratio(total[2] / 365.25, counts[1]), Report.ratio(total[1], counts[0]));
        }).toList();
    }

    /** Adds a row's counts to its bucket (2 and 3 share one); returns the bucket. */
    private static Bucket add(Map<Bucket, long[]> rows, long inconveniences, long customers, long other) {
        var bucket = Bucket.of(inconveniences);
        var counts = rows.computeIfAbsent(bucket, b -> new long[2]);
        counts[0] += customers;
        counts[1] += other;
        return bucket;
    }
}
