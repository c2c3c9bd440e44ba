package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.outward.store.Database;

/**
 * Retention and relationship depth by inconvenience bucket: the {@link Population}'s members (every customer active
 * in scope with their count of inconveniences) joined with what they did: closed their account in the period;
 * products held, tenure and spend, from {@code relationship_days}.
 */
final class Buckets {

    private final Database database;

    Buckets(Database database) {
        this.database = database;
    }

    List<RetentionFigures> retention(ReportScope scope) {
        var rows = new EnumMap<Bucket, long[]>(Bucket.class);
        database.sql().query(new Population(database, scope).members() + """
                , closers AS (SELECT DISTINCT k FROM relationship_days WHERE closures > 0 AND %s)
                SELECT m.n, count(*), count(c.k) FROM members m LEFT JOIN closers c USING (k) GROUP BY m.n"""
                .formatted(scope.period("day")), row -> add(rows, row.getLong(1), row.getLong(2), row.getLong(3)));
        return Arrays.stream(Bucket.values()).map(bucket -> {
            long[] figures = rows.getOrDefault(bucket, new long[2]);
            return new RetentionFigures(bucket, figures[0], figures[1], Report.ratio(figures[1], figures[0]));
        }).toList();
    }

    /**
     * Products held and tenure at {@code end}, spend in the period; from the customers' totals when they answer it,
     * else from their history on {@code end} and their day rows' spend in the period. The facts' rows join the
     * members and add up per count of inconveniences (2 and 3 then share a bucket): summing them per customer first,
     * then joining, took a quarter's figures at 10M events 86 instead of 57–62 ms; looking each row's customer up in a
     * bitstring per bucket 73, and computing each row's bucket in SQL 72.
     */
    List<DepthFigures> depth(ReportScope scope, LocalDate end) {
        var rows = new EnumMap<Bucket, long[]>(Bucket.class);
        var sums = new EnumMap<Bucket, double[]>(Bucket.class);
        String facts = RelationshipTotals.cover(database, scope, end)
                ? "SELECT k, greatest(0, products) AS products, spend, DATE '%s' - since AS days FROM relationship_totals".formatted(end)
                : """
                  SELECT k, products, NULL::DOUBLE AS spend, DATE '%1$s' - since AS days FROM (%2$s)
                  UNION ALL SELECT k, NULL, spend, NULL FROM relationship_days WHERE %3$s AND day <= DATE '%1$s'"""
                .formatted(end, RelationshipHistory.on(end), scope.period("day"));
        database.sql().query(new Population(database, scope).members() + """
                , facts AS (%s)
                , sums AS (SELECT m.n, sum(f.products) AS products, sum(f.spend) AS spend, sum(f.days) AS days,
                    count(f.days) AS known FROM facts f JOIN members m USING (k) GROUP BY m.n)
                SELECT m.n, m.customers, coalesce(s.products, 0), coalesce(s.spend, 0), coalesce(s.days, 0), coalesce(s.known, 0)
                FROM (SELECT n, count(*) AS customers FROM members GROUP BY n) m LEFT JOIN sums s USING (n)"""
                .formatted(facts), row -> {
                    var bucket = add(rows, row.getLong(1), row.getLong(2), row.getLong(6));
                    var total = sums.computeIfAbsent(bucket, b -> new double[3]);
                    total[0] += row.getDouble(3);
                    total[1] += row.getDouble(4);
                    total[2] += row.getDouble(5);
                    return null;
                });
        return Arrays.stream(Bucket.values()).map(bucket -> {
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
