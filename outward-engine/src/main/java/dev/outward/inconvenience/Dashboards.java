package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.outward.services.ServiceId;
import dev.outward.store.Database;

/**
 * The figures the web pages and the API show beside the {@link Report}: weekly series, services, rules, retention
 * and relationship depth. They read the same {@link Summaries} under the same {@link ReportFilter}, so a page and
 * {@code outward report} with the same filter agree by construction. Run detection first.
 */
public final class Dashboards {

    private final Database database;
    private final RuleCatalog catalog;
    private final Report report;
    private final Weekly weekly;
    private final Buckets buckets;
    private final CustomersBy customers;

    public Dashboards(Database database, RuleCatalog catalog) {
        this.database = database;
        this.catalog = catalog;
        this.report = new Report(database, catalog);
        this.weekly = new Weekly(database);
        this.buckets = new Buckets(database);
        this.customers = new CustomersBy(database);
    }

    /** Every week of the period, empty weeks included. */
    public List<WeekFigures> weeks(ReportFilter filter) {
        var scope = new ReportScope(filter);
        var inconveniences = new HashMap<LocalDate, long[]>();
        database.sql().query("SELECT week, sum(n), coalesce(sum(n) FILTER (WHERE rule = '" + Report.REPEAT_CONTACT + "'), 0) FROM "
                + Weekly.inconveniences(scope) + " GROUP BY week",
                row -> inconveniences.put(row.getObject(1, LocalDate.class), new long[] {row.getLong(2), row.getLong(3)}));
        var events = new HashMap<LocalDate, Report.Counts>();
        database.sql().query("SELECT " + Weekly.WEEK + " AS week, sum(complaints), sum(inbound), sum(served), sum(handled),"
                + " sum(handle_s), sum(followed) FROM daily_events WHERE " + scope.onDays() + " GROUP BY week",
                row -> events.put(row.getObject(1, LocalDate.class), new Report.Counts(row.getLong(2), row.getLong(3),
                        row.getLong(4), row.getLong(5), row.getDouble(6), row.getLong(7))));
        boolean repeats = catalog.active().stream().anyMatch(r -> r.id().equals(Report.REPEAT_CONTACT));
        return weekly.weeks(scope).stream().map(week -> {
            long[] counted = inconveniences.getOrDefault(week, new long[2]);
            var tallied = events.getOrDefault(week, new Report.Counts(0, 0, 0, 0, 0, 0));
            var contacts = Report.contacts(tallied, repeats ? counted[1] : null);
            return new WeekFigures(week, counted[0], tallied.complaints(), contacts.inbound(), contacts.served(),
                    contacts.ahtSeconds(), contacts.fcr(), contacts.repeatRate());
        }).toList();
    }

    /** The services inconveniences were traced to, most first; shares and rates against the filter without its service. */
    public List<ServiceFigures> services(ReportFilter filter) {
        return services(filter, report.compute(filter.service(null)));
    }

    /**
     * The same, given the report of the filter without its service: a page showing that report beside the services
     * (the overview) has it already, and its customers are the dearest figure here.
     */
    public List<ServiceFigures> services(ReportFilter filter, ReportFigures withoutService) {
        var scope = new ReportScope(filter);
        return services(scope, withoutService, customers.count(scope, List.of("service")).get("service"));
    }

    /**
     * One service (the filter names it) with the rules behind it, given the report of the filter without its service:
     * the customers of both are counted together, in one pass over the day tables when the filter needs them.
     */
    public ServiceDetail service(ReportFilter filter, ReportFigures withoutService) {
        var scope = new ReportScope(filter);
        var counted = customers.count(scope, List.of("service", "rule"));
        return new ServiceDetail(services(scope, withoutService, counted.get("service")).stream().findFirst(),
                rules(scope, counted.get("rule")));
    }

    private List<ServiceFigures> services(ReportScope scope, ReportFigures withoutService, Map<String, Long> customers) {
        var series = weekly.perWeek(scope, "service");
        long total = withoutService.inconveniences().total();
        long active = withoutService.customers().active();
        var services = new ArrayList<ServiceFigures>();
        series.forEach((service, counts) -> {
            long n = counts.stream().mapToLong(Long::longValue).sum();
            services.add(new ServiceFigures(ServiceId.ofNullable(service), n, customers.getOrDefault(service, 0L),
                    Report.ratio(n * 1000.0, active), Report.ratio(n, total), counts));
        });
        services.sort(Comparator.comparingLong(ServiceFigures::inconveniences).reversed()
                .thenComparing(s -> s.service().value()));
        return services;
    }

    /** Every active rule, most inconveniences first (catalog order among equals). */
    public List<RuleFigures> rules(ReportFilter filter) {
        var scope = new ReportScope(filter);
        return rules(scope, customers.count(scope, List.of("rule")).get("rule"));
    }

    private List<RuleFigures> rules(ReportScope scope, Map<String, Long> customers) {
        var series = weekly.perWeek(scope, "rule");
        int weeks = weekly.weeks(scope).size();
        var counts = report.byRule(scope);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return counts.entrySet().stream()
                .map(e -> new RuleFigures(e.getKey(), e.getValue(), customers.getOrDefault(e.getKey().value(), 0L),
                        Report.ratio(e.getValue(), total),
                        series.getOrDefault(e.getKey().value(), java.util.Collections.nCopies(weeks, 0L))))
                .sorted(Comparator.comparingLong(RuleFigures::inconveniences).reversed())
                .toList();
    }

    /** Inconveniences per channel, most first; events that state no channel count under "". */
    public Map<String, Long> channels(ReportFilter filter) {
        var channels = new LinkedHashMap<String, Long>();
        database.sql().query("SELECT coalesce(channel, '') AS c, sum(n) AS n FROM daily_inconveniences WHERE "
                + new ReportScope(filter).onDays() + " GROUP BY c ORDER BY n DESC, c", row -> channels.put(row.getString(1), row.getLong(2)));
        return channels;
    }

    /**
     * The latest inconveniences of a rule in scope, newest first: customer-level data. The daily tallies give the day
     * from which on there are {@code limit} of them, so only the rows since (time-ordered, so few row groups) are read.
     */
    public List<Inconvenience> occurrences(ReportFilter filter, RuleId rule, int limit) {
        var scope = new ReportScope(filter);
        String ofRule = "rule = " + ReportScope.literal(rule.value());
        var since = database.sql().query("SELECT day FROM (SELECT day, sum(sum(n)) OVER (ORDER BY day DESC) AS newer"
                + " FROM daily_inconveniences WHERE " + ofRule + " AND " + scope.onDays() + " GROUP BY day) WHERE newer >= ?"
                + " ORDER BY day DESC LIMIT 1", row -> " AND time >= TIMESTAMP '" + row.getObject(1, LocalDate.class) + "'", limit);
        return new InconvenienceReader(database).latest(ofRule + " AND " + scope.onTimes("time")
                + since.stream().findFirst().orElse(""), limit);
    }

    public List<RetentionFigures> retention(ReportFilter filter) {
        return buckets.retention(new ReportScope(filter));
    }

    public List<DepthFigures> depth(ReportFilter filter) {
        var scope = new ReportScope(filter);
        return buckets.depth(scope, weekly.span(scope).map(span -> span[1]).orElse(LocalDate.now(java.time.ZoneOffset.UTC)));
    }

    /** What the filters can choose from: the channels, services and segments in the tallies. */
    public Dimensions dimensions() {
        var sql = database.sql();
        String union = "SELECT %1$s FROM daily_inconveniences UNION SELECT %1$s FROM daily_events";
        return new Dimensions(
                sql.query("SELECT DISTINCT channel FROM (" + union.formatted("channel") + ") WHERE channel IS NOT NULL ORDER BY 1", row -> row.getString(1)),
                sql.query("SELECT DISTINCT service FROM (" + union.formatted("service") + ") ORDER BY 1", row -> ServiceId.ofNullable(row.getString(1))),
                sql.query("SELECT DISTINCT segment FROM (" + union.formatted("segment") + ") WHERE segment IS NOT NULL ORDER BY 1", row -> row.getString(1)));
    }
}
