package dev.outward.inconvenience;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import dev.outward.events.EventStore;
import dev.outward.services.ServiceId;
import dev.outward.store.Database;

/**
 * Computes the report from the events and the stored inconveniences (run detection first). A few aggregate
 * queries over two tables; no per-contact windows here, because FCR reuses the causes the {@code repeat-contact}
 * rule already linked.
 */
public final class Report {

    static final RuleId REPEAT_CONTACT = new RuleId("repeat-contact");
    // The report's fixed definitions; the catalog's `inbound_contact` and `served` defines state the same.
    private static final String INBOUND = "type = 'contact' AND coalesce(direction, 'in') = 'in'";
    private static final String SERVED = INBOUND + " AND abandoned IS NOT TRUE";

    private final Database database;
    private final RuleCatalog catalog;

    public Report(Database database, RuleCatalog catalog) {
        this.database = database;
        this.catalog = catalog;
        new EventStore(database);
        DetectionTables.create(database);
    }

    public ReportFigures compute(ReportFilter filter) {
        var scope = new ReportScope(filter);
        var sql = database.sql();
        var byRule = new LinkedHashMap<RuleId, Long>();
        catalog.active().forEach(r -> byRule.put(r.id(), 0L));
        var byService = new LinkedHashMap<ServiceId, Long>();
        sql.query("SELECT rule, count(*) FROM inconveniences" + scope.where("time") + " GROUP BY rule",
                row -> Map.entry(new RuleId(row.getString(1)), row.getLong(2)))
                .forEach(count -> byRule.computeIfPresent(count.getKey(), (id, zero) -> count.getValue()));
        sql.query("SELECT service, count(*) AS n FROM inconveniences" + scope.where("time") + " GROUP BY service"
                + " ORDER BY n DESC, service", row -> byService.put(ServiceId.ofNullable(row.getString(1)), row.getLong(2)));
        long total = byRule.values().stream().mapToLong(Long::longValue).sum();
        long inconvenienced = sql.queryLong("SELECT count(DISTINCT customer) FROM inconveniences" + scope.where("time"));
        long active = sql.queryLong("SELECT count(*) FROM (SELECT customer FROM events" + scope.where("time")
                + " AND customer IS NOT NULL UNION SELECT customer FROM inconveniences" + scope.where("time") + ")");
        var contacts = contacts(scope);
        long complaints = sql.queryLong("SELECT count(*) FROM events" + scope.where("time") + " AND type = 'complaint'");
        return new ReportFigures(filter.from(), filter.to(), new ReportFigures.Customers(active, inconvenienced),
                new ReportFigures.InconvenienceFigures(total, ratio(total * 1000.0, active), byRule, byService),
                complaints, ratio(total, complaints), contacts);
    }

    private ReportFigures.ContactFigures contacts(ReportScope scope) {
        var sql = database.sql();
        var figures = sql.query("SELECT count(*) FILTER (WHERE " + INBOUND + "), count(*) FILTER (WHERE " + SERVED
                + "), avg(handle_s) FILTER (WHERE " + SERVED + ") FROM events" + scope.where("time") + " AND type = 'contact'",
                row -> new Object[] {row.getLong(1), row.getLong(2), row.getObject(3)}).getFirst();
        long inbound = (Long) figures[0];
        long served = (Long) figures[1];
        var aht = figures[2] == null ? OptionalDouble.empty() : OptionalDouble.of(round(((Number) figures[2]).doubleValue()));
        if (catalog.active().stream().noneMatch(r -> r.id().equals(REPEAT_CONTACT))) {
            return new ReportFigures.ContactFigures(inbound, served, aht, OptionalDouble.empty(), OptionalDouble.empty());
        }
        // each contact causes at most one repeat (the next contact's), so counting causes counts followed contacts
        var repeats = sql.query("SELECT count(*) FILTER (WHERE " + scope.condition("time") + "), count(*) FILTER (WHERE "
                + scope.condition("cause_time") + ") FROM inconveniences WHERE rule = '" + REPEAT_CONTACT + "'",
                row -> new long[] {row.getLong(1), row.getLong(2)}).getFirst();
        long repeated = repeats[0];
        long followed = repeats[1];
        return new ReportFigures.ContactFigures(inbound, served, aht, ratio(served - followed, served), ratio(repeated, served));
    }

    static OptionalDouble ratio(double numerator, double denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(round(numerator / denominator));
    }

    /** Four decimals: enough for shares and rates, short enough to read in JSON. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
