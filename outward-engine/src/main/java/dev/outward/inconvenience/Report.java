package dev.outward.inconvenience;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import dev.outward.events.EventStore;
import dev.outward.services.ServiceId;
import dev.outward.store.Database;

/**
 * Computes the report from the {@link Summaries} detection keeps (run detection first): sums over daily counts,
 * and distinct customers as set bits over per-customer rows. No per-contact windows here, because FCR reuses the
 * causes the {@code repeat-contact} rule already linked.
 */
public final class Report {

    static final RuleId REPEAT_CONTACT = new RuleId("repeat-contact");

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
        var byRule = zeros();
        var byService = new LinkedHashMap<ServiceId, Long>();
        // one scan of the tallies for both: a filter on a dimension reads every row
        sql.query("SELECT grouping(rule) = 0, rule, service, sum(n) AS n FROM daily_inconveniences WHERE " + scope.onDays()
                + " GROUP BY GROUPING SETS ((rule), (service)) ORDER BY n DESC, service", row -> {
                    long n = row.getLong(4);
                    if (row.getBoolean(1)) {
                        return byRule.computeIfPresent(new RuleId(row.getString(2)), (id, zero) -> n);
                    }
                    return byService.put(ServiceId.ofNullable(row.getString(3)), n);
                });
        long total = byRule.values().stream().mapToLong(Long::longValue).sum();
        var customers = sql.query(new Population(database, scope).counts(),
                row -> new ReportFigures.Customers(row.getLong(1), row.getLong(2))).getFirst();
        var events = sql.query("SELECT coalesce(sum(complaints), 0), coalesce(sum(inbound), 0), coalesce(sum(served), 0),"
                + " coalesce(sum(handled), 0), coalesce(sum(handle_s), 0), coalesce(sum(followed), 0) FROM daily_events WHERE "
                + scope.onDays(), Counts::of).getFirst();
        return new ReportFigures(filter.from(), filter.to(), customers,
                new ReportFigures.InconvenienceFigures(total, ratio(total * 1000.0, customers.active()), byRule, byService),
                events.complaints(), ratio(total, events.complaints()), contacts(events, byRule.get(REPEAT_CONTACT)));
    }

    /** Every active rule, zeros included, in catalog order. */
    Map<RuleId, Long> byRule(ReportScope scope) {
        var byRule = zeros();
        database.sql().query("SELECT rule, sum(n) FROM daily_inconveniences WHERE " + scope.onDays() + " GROUP BY rule",
                row -> Map.entry(new RuleId(row.getString(1)), row.getLong(2)))
                .forEach(count -> byRule.computeIfPresent(count.getKey(), (id, zero) -> count.getValue()));
        return byRule;
    }

    private Map<RuleId, Long> zeros() {
        var byRule = new LinkedHashMap<RuleId, Long>();
        catalog.active().forEach(r -> byRule.put(r.id(), 0L));
        return byRule;
    }

    /** Sums of {@code daily_events}. */
    record Counts(long complaints, long inbound, long served, long handled, double handleSeconds, long followed) {
        static Counts of(java.sql.ResultSet row) throws java.sql.SQLException {
            return new Counts(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getDouble(5), row.getLong(6));
        }

        OptionalDouble aht() {
            return handled == 0 ? OptionalDouble.empty() : OptionalDouble.of(round(handleSeconds / handled));
        }
    }

    /** {@code repeated} is null when the repeat-contact rule is disabled: FCR and repeat rate are then unknown. */
    static ReportFigures.ContactFigures contacts(Counts events, Long repeated) {
        if (repeated == null) {
            return new ReportFigures.ContactFigures(events.inbound(), events.served(), events.aht(), OptionalDouble.empty(),
                    OptionalDouble.empty());
        }
        // each contact causes at most one repeat (the next contact's), so followed contacts are the repeats' causes
        return new ReportFigures.ContactFigures(events.inbound(), events.served(), events.aht(),
                ratio(events.served() - events.followed(), events.served()), ratio(repeated, events.served()));
    }

    static OptionalDouble ratio(double numerator, double denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(round(numerator / denominator));
    }

    /** Four decimals: enough for shares and rates, short enough to read in JSON. */
    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
