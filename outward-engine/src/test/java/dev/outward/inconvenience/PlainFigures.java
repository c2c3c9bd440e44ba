package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import dev.outward.services.ServiceId;
import dev.outward.store.Database;
import dev.outward.store.Sql;

/**
 * The report and the dashboards computed the plain way, straight from copies of the events and the inconveniences (each
 * one's segment found again from the profile events), with no summary table: the reference the summaries must match.
 */
final class PlainFigures {

    private static final String SERVED = "type = 'contact' AND coalesce(direction, 'in') = 'in' AND abandoned IS NOT TRUE";

    private final Database database;
    private final RuleCatalog catalog;

    PlainFigures(Database database, RuleCatalog catalog) {
        this.database = database;
        this.catalog = catalog;
        database.execute("""
                CREATE OR REPLACE TEMP VIEW plain_segments AS
                SELECT customer, time, segment FROM events WHERE type = 'profile' AND segment IS NOT NULL AND customer IS NOT NULL""");
        database.execute("""
                CREATE OR REPLACE TEMP TABLE plain_events AS
                SELECT e.* EXCLUDE (segment), e.time::DATE AS day, coalesce(e.service, 'unattributed') AS svc, s.segment AS seg
                FROM events e ASOF LEFT JOIN plain_segments s ON s.customer = e.customer AND e.time >= s.time""");
        database.execute("""
                CREATE OR REPLACE TEMP TABLE plain_inconveniences AS
                SELECT i.* EXCLUDE (segment, service), i.time::DATE AS day, i.service AS svc, s.segment AS seg
                FROM inconveniences i ASOF LEFT JOIN plain_segments s ON s.customer = i.customer AND i.time >= s.time""");
    }

    ReportFigures report(ReportFilter filter) {
        var sql = database.sql();
        String where = where(filter);
        var byRule = new LinkedHashMap<RuleId, Long>();
        catalog.active().forEach(r -> byRule.put(r.id(), count(sql, "FROM plain_inconveniences" + where + " AND rule = '" + r.id() + "'")));
        var byService = new LinkedHashMap<ServiceId, Long>();
        sql.query("SELECT svc, count(*) AS n FROM plain_inconveniences" + where + " GROUP BY svc ORDER BY n DESC, svc",
                row -> byService.put(new ServiceId(row.getString(1)), row.getLong(2)));
        long total = byRule.values().stream().mapToLong(Long::longValue).sum();
        long active = active(filter).size();
        long inconvenienced = sql.queryLong("SELECT count(DISTINCT customer) FROM plain_inconveniences" + where);
        long complaints = count(sql, "FROM plain_events" + where + " AND type = 'complaint'");
        var contacts = contacts(filter, byRule.get(Report.REPEAT_CONTACT));
        return new ReportFigures(filter.from(), filter.to(), new ReportFigures.Customers(active, inconvenienced),
                new ReportFigures.InconvenienceFigures(total, Report.ratio(total * 1000.0, active), byRule, byService),
                complaints, Report.ratio(total, complaints), contacts);
    }

    private ReportFigures.ContactFigures contacts(ReportFilter filter, Long repeats) {
        var sql = database.sql();
        String where = where(filter) + " AND type = 'contact'";
        long inbound = count(sql, "FROM plain_events" + where + " AND coalesce(direction, 'in') = 'in'");
        long served = count(sql, "FROM plain_events" + where + " AND " + SERVED);
        var aht = sql.query("SELECT avg(handle_s) FROM plain_events" + where + " AND " + SERVED, row -> row.getObject(1) == null
                ? OptionalDouble.empty() : OptionalDouble.of(Report.round(row.getDouble(1)))).getFirst();
        long followed = count(sql, "FROM plain_events e" + where + " AND " + SERVED + " AND EXISTS (SELECT 1 FROM inconveniences r"
                + " WHERE r.rule = 'repeat-contact' AND r.cause_source = e.source AND r.cause_id = e.id)");
        if (repeats == null) {
            return new ReportFigures.ContactFigures(inbound, served, aht, OptionalDouble.empty(), OptionalDouble.empty());
        }
        return new ReportFigures.ContactFigures(inbound, served, aht, Report.ratio(served - followed, served), Report.ratio(repeats, served));
    }

    /** The latest {@code limit} of a rule in scope, as "customer source/id time". */
    List<String> occurrences(ReportFilter filter, RuleId rule, int limit) {
        return database.sql().query("SELECT customer, source, event_id, time FROM plain_inconveniences" + where(filter)
                + " AND rule = '" + rule + "' ORDER BY time DESC, event_id DESC, source, customer LIMIT " + limit,
                row -> row.getString(1) + " " + row.getString(2) + "/" + row.getString(3) + " " + row.getTimestamp(4).toLocalDateTime());
    }

    List<WeekFigures> weeks(ReportFilter filter) {
        var byWeek = new HashMap<LocalDate, Object[]>();
        String week = "date_trunc('week', day)::DATE";
        database.sql().query("SELECT " + week + ", count(*) FILTER (WHERE type = 'complaint'), count(*) FILTER (WHERE type = 'contact'"
                + " AND coalesce(direction, 'in') = 'in'), count(*) FILTER (WHERE " + SERVED + "), avg(handle_s) FILTER (WHERE " + SERVED
                + "), count(*) FILTER (WHERE " + SERVED + " AND EXISTS (SELECT 1 FROM inconveniences r WHERE r.rule = 'repeat-contact'"
                + " AND r.cause_source = e.source AND r.cause_id = e.id)) FROM plain_events e" + where(filter) + " GROUP BY 1",
                row -> byWeek.put(row.getObject(1, LocalDate.class), new Object[] {row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getObject(5), row.getLong(6)}));
        var inconveniences = new HashMap<LocalDate, long[]>();
        database.sql().query("SELECT " + week + ", count(*), count(*) FILTER (WHERE rule = 'repeat-contact') FROM plain_inconveniences"
                + where(filter) + " GROUP BY 1", row -> inconveniences.put(row.getObject(1, LocalDate.class), new long[] {row.getLong(2), row.getLong(3)}));
        boolean repeats = catalog.active().stream().anyMatch(r -> r.id().equals(Report.REPEAT_CONTACT));
        var figures = new ArrayList<WeekFigures>();
        for (var monday : weeks(filter.from(), filter.to())) {
            var e = byWeek.getOrDefault(monday, new Object[] {0L, 0L, 0L, null, 0L});
            var n = inconveniences.getOrDefault(monday, new long[2]);
            long served = (Long) e[2];
            var aht = e[3] == null ? OptionalDouble.empty() : OptionalDouble.of(Report.round(((Number) e[3]).doubleValue()));
            figures.add(new WeekFigures(monday, n[0], (Long) e[0], (Long) e[1], served, aht,
                    repeats ? Report.ratio(served - (Long) e[4], served) : OptionalDouble.empty(),
                    repeats ? Report.ratio(n[1], served) : OptionalDouble.empty()));
        }
        return figures;
    }

    List<ServiceFigures> services(ReportFilter filter) {
        var all = report(filter.service(null));
        var services = new ArrayList<ServiceFigures>();
        for (var service : report(filter).inconveniences().byService().keySet()) {
            var one = filter.service(service);
            long n = report(one).inconveniences().total();
            services.add(new ServiceFigures(service, n, report(one).customers().inconvenienced(),
                    Report.ratio(n * 1000.0, all.customers().active()), Report.ratio(n, all.inconveniences().total()),
                    weekly(filter, "svc = '" + service.value() + "'")));
        }
        services.sort(Comparator.comparingLong(ServiceFigures::inconveniences).reversed().thenComparing(s -> s.service().value()));
        return services;
    }

    List<RuleFigures> rules(ReportFilter filter) {
        var report = report(filter);
        var rules = new ArrayList<RuleFigures>();
        report.inconveniences().byRule().forEach((rule, n) -> rules.add(new RuleFigures(rule, n,
                database.sql().queryLong("SELECT count(DISTINCT customer) FROM plain_inconveniences" + where(filter)
                        + " AND rule = '" + rule + "'"), Report.ratio(n, report.inconveniences().total()),
                weekly(filter, "rule = '" + rule + "'"))));
        rules.sort(Comparator.comparingLong(RuleFigures::inconveniences).reversed());
        return rules;
    }

    List<RetentionFigures> retention(ReportFilter filter) {
        var counts = inconvenienceCounts(filter);
        var closers = new HashSet<>(database.sql().query("SELECT customer FROM plain_events" + period(filter)
                + " AND type = 'account' AND action = 'close'", row -> row.getString(1)));
        var customers = new long[4];
        var closed = new long[4];
        for (String customer : active(filter)) {
            int bucket = Bucket.of(counts.getOrDefault(customer, 0L)).ordinal();
            customers[bucket]++;
            closed[bucket] += closers.contains(customer) ? 1 : 0;
        }
        return Arrays.stream(Bucket.values()).map(b -> new RetentionFigures(b, customers[b.ordinal()], closed[b.ordinal()],
                Report.ratio(closed[b.ordinal()], customers[b.ordinal()]))).toList();
    }

    List<DepthFigures> depth(ReportFilter filter) {
        var weeks = weeks(filter.from(), filter.to());
        LocalDate end = filter.to().orElse(weeks.isEmpty() ? LocalDate.now() : lastDay());
        var counts = inconvenienceCounts(filter);
        var sums = new double[4][3];
        var customers = new long[4];
        var known = new long[4];
        for (String customer : active(filter)) {
            int b = Bucket.of(counts.getOrDefault(customer, 0L)).ordinal();
            customers[b]++;
            String mine = " FROM events WHERE customer = '" + customer + "' AND time::DATE <= DATE '" + end + "'";
            sums[b][0] += Math.max(0, database.sql().queryLong("SELECT count(*) FILTER (WHERE action = 'add') - count(*) FILTER (WHERE action = 'remove')"
                    + mine + " AND type = 'product'"));
            sums[b][1] += database.sql().query("SELECT coalesce(sum(amount), 0)" + mine + " AND type = 'payment' AND status IS DISTINCT FROM 'failed'"
                    + filter.from().map(f -> " AND time::DATE >= DATE '" + f + "'").orElse(""), row -> row.getDouble(1)).getFirst();
            var since = database.sql().query("SELECT arg_max(since, time)" + mine + " AND type = 'profile' AND since IS NOT NULL",
                    row -> Optional.ofNullable(row.getObject(1, LocalDate.class))).getFirst();
            if (since.isPresent()) {
                known[b]++;
                sums[b][2] += end.toEpochDay() - since.get().toEpochDay();
            }
        }
        return Arrays.stream(Bucket.values()).map(bucket -> {
            int b = bucket.ordinal();
            return new DepthFigures(bucket, customers[b], Report.ratio(sums[b][0], customers[b]),
                    Report.ratio(sums[b][2] / 365.25, known[b]), Report.ratio(sums[b][1], customers[b]));
        }).toList();
    }

    private Set<String> active(ReportFilter filter) {
        String where = where(filter);
        return new HashSet<>(database.sql().query("SELECT customer FROM plain_events" + where + " AND customer IS NOT NULL UNION"
                + " SELECT customer FROM plain_inconveniences" + where, row -> row.getString(1)));
    }

    private Map<String, Long> inconvenienceCounts(ReportFilter filter) {
        var counts = new HashMap<String, Long>();
        database.sql().query("SELECT customer, count(*) FROM plain_inconveniences" + where(filter) + " GROUP BY customer",
                row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    private List<Long> weekly(ReportFilter filter, String condition) {
        var counts = new HashMap<LocalDate, Long>();
        database.sql().query("SELECT date_trunc('week', day)::DATE, count(*) FROM plain_inconveniences" + where(filter) + " AND "
                + condition + " GROUP BY 1", row -> counts.put(row.getObject(1, LocalDate.class), row.getLong(2)));
        return weeks(filter.from(), filter.to()).stream().map(week -> counts.getOrDefault(week, 0L)).toList();
    }

    /** Mondays from the first to the last day in scope; open ends where complaints, contacts or inconveniences begin and end. */
    private List<LocalDate> weeks(Optional<LocalDate> from, Optional<LocalDate> to) {
        var bounds = database.sql().query("SELECT min(day), max(day) FROM (SELECT day FROM plain_inconveniences UNION ALL"
                + " SELECT day FROM plain_events WHERE type IN ('contact', 'complaint'))", row -> row.getObject(1) == null ? null
                : new LocalDate[] {row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)}).getFirst();
        if (bounds == null) {
            return List.of();
        }
        LocalDate first = from.orElse(bounds[0]);
        LocalDate last = to.orElse(bounds[1]);
        var weeks = new ArrayList<LocalDate>();
        // a period that ends before the first tally (its open start) has no days, however close their Mondays
        for (var week = Weekly.monday(first); !first.isAfter(last) && !week.isAfter(last); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    private LocalDate lastDay() {
        return database.sql().query("SELECT max(day) FROM (SELECT day FROM plain_inconveniences UNION ALL"
                + " SELECT day FROM plain_events WHERE type IN ('contact', 'complaint'))", row -> row.getObject(1, LocalDate.class)).getFirst();
    }

    private static String where(ReportFilter filter) {
        var conditions = new ArrayList<String>();
        conditions.add(period(filter).substring(" WHERE ".length()));
        filter.channel().ifPresent(c -> conditions.add("channel = '" + c + "'"));
        filter.service().ifPresent(s -> conditions.add("svc = '" + s.value() + "'"));
        filter.segment().ifPresent(s -> conditions.add("seg = '" + s + "'"));
        return " WHERE " + String.join(" AND ", conditions);
    }

    private static String period(ReportFilter filter) {
        return " WHERE day >= " + filter.from().map(d -> "DATE '" + d + "'").orElse("DATE '1900-01-01'")
                + " AND day <= " + filter.to().map(d -> "DATE '" + d + "'").orElse("DATE '2999-12-31'");
    }

    private static long count(Sql sql, String from) {
        return sql.queryLong("SELECT count(*) " + from);
    }
}
