package dev.outward.inconvenience;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.outward.store.Database;

/**
 * The tables reports read instead of scanning every event: refreshed by each detection run, in its transaction,
 * for the days it can have changed, so the report, the pages and the API always show one run's results.
 * <ul>
 *   <li>{@code daily_inconveniences(day, rule, service, channel, segment, n)} and {@code daily_events(day, channel,
 *       service, segment, complaints, inbound, served, handled, handle_s, followed)}: counts, which add up over any
 *       period and any combination of filters ({@link Tallies});</li>
 *   <li>{@code customer_days(day, k, channel, service, segment)} and {@code inconvenience_days(…, rule, n)}: who was
 *       active or inconvenienced on which day, with customers as dense integers {@code k} from {@code customer_keys},
 *       because distinct customers do not add up: DuckDB counts them over these rows with {@code bitstring_agg}, one
 *       bit per customer, instead of hashing names ({@link CustomerDays});</li>
 *   <li>{@code relationship_days(day, k, products, spend, closures)}: product adds minus removes, payments and
 *       account closures per customer and day; {@code relationship_totals(k, products, spend, since)}, their sums
 *       per customer for relationship depth over all time ({@link RelationshipTotals}), and
 *       {@code relationship_history}, what a customer held from each day it changed, for a period ending earlier
 *       ({@link RelationshipHistory});</li>
 *   <li>{@code customer_inconveniences(k, n)}: per customer, their inconveniences over all time
 *       ({@link CustomerTotals}), and {@code merged_customers(k)}, those an alias call left without events
 *       ({@link MergedCustomers}): with the keys, the population of all time without a dimension;</li>
 *   <li>{@code customer_masks(k, word, seen, hit1 … hit4)}: per customer and 63 days, bit masks of the days they
 *       were active and had at least 1…4 inconveniences. Without a channel, service or segment, any period's
 *       active and inconvenienced customers and their inconvenience counts up to 4 are bit operations on a few rows
 *       per customer ({@link CustomerMasks}), whatever the number of events; {@code customer_masks_channel},
 *       {@code _service} and {@code _segment} do the same for a filter on one of those, and {@code value_bits} keeps
 *       all time's customers per value of each and per rule ({@link ValueBits}, {@link RuleCustomers}).</li>
 * </ul>
 * Each table has an events' half and an inconveniences' half. The events' half changes only when events arrive
 * and is refreshed from the earliest day they touch by {@link EventSummaries}, whatever kind of run; the
 * inconveniences' half is refreshed here, from the day of the run's {@link Scope} (from T minus the longest rule
 * window for {@code followed}, since a new repeat marks an older contact as followed), or rebuilt by a full run.
 */
final class Summaries {

    /** Tables of earlier versions, dropped by the first full run (which a version change forces). */
    private static final List<String> LEGACY = List.of("customer_years", "customer_years_channel", "customer_years_service",
            "customer_years_segment", "customer_years_rule", "hit_masks_rule");
    /** Views of earlier versions: since version 10, distinct customers per rule come from the inconveniences' days. */
    private static final List<String> LEGACY_VIEWS = List.of("customer_masks_rule");

    private Summaries() {
    }

    static void create(Database database) {
        Tallies.create(database);
        CustomerDays.create(database);
        CustomerMasks.all().forEach(masks -> masks.create(database));
        CustomerTotals.create(database);
        MergedCustomers.create(database);
        EventSummaries.create(database);
        DaySpans.create(database);
    }

    /**
     * Brings the inconveniences' half of the tables in step with a run that recomputed {@code scope}; the events' half
     * is {@link EventSummaries}'s, brought up to date before.
     */
    static void refresh(Database database, Scope scope, Duration longestWindow) {
        if (scope.isEverything()) {
            Tallies.dropInconveniences(database);
            CustomerMasks.all().forEach(masks -> masks.dropHits(database));
            LEGACY_VIEWS.forEach(view -> database.execute("DROP VIEW IF EXISTS " + view));
            LEGACY.forEach(table -> database.execute("DROP TABLE IF EXISTS " + table));
            create(database);
        }
        Optional<LocalDate> from = scope.from().map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC));
        Optional<LocalDate> followedFrom = scope.from().map(t -> LocalDate.ofInstant(t.minus(longestWindow), ZoneOffset.UTC));
        Tallies.refreshInconveniences(database, from, followedFrom);
        CustomerMasks.refreshHits(database, from);
        RuleCustomers.refresh(database, from, CustomerMasks.hitsLine(database));
    }

    /**
     * Readers see views, so that the tables behind them can be refreshed apart; a store of an earlier version may still
     * hold a table of the view's name, which goes first.
     */
    static void createView(Database database, String name, String select) {
        if (isTable(database, name)) {
            database.execute("DROP TABLE " + name);
        }
        database.execute("CREATE VIEW IF NOT EXISTS " + name + " AS " + select);
    }

    /** Drops the view, or the table of its name an earlier version kept. */
    static void dropView(Database database, String name) {
        database.execute((isTable(database, name) ? "DROP TABLE " : "DROP VIEW IF EXISTS ") + name);
    }

    private static boolean isTable(Database database, String name) {
        return database.sql().queryLong("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", name) > 0;
    }

    /** {@code AND column >= DATE 'from'}, or nothing for a full refresh. */
    static String since(String column, Optional<LocalDate> from) {
        return from.map(d -> " AND " + column + " >= DATE '" + d + "'").orElse("");
    }
}
