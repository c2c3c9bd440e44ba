package dev.outward.inconvenience;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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
 *       account closures per customer and day;</li>
 *   <li>{@code customer_masks(k, word, seen, hit1 … hit4)}: per customer and 63 days, bit masks of the days they
 *       were active and had at least 1…4 inconveniences. Without a channel, service or segment, any period's
 *       active and inconvenienced customers and their inconvenience counts up to 4 are bit operations on a few rows
 *       per customer ({@link CustomerMasks}), whatever the number of events; {@code customer_masks_channel},
 *       {@code _service} and {@code _segment} do the same for a filter on one of those.</li>
 * </ul>
 * An incremental run that recomputed inconveniences from time T refreshes days from T (from T minus the longest
 * rule window for {@code followed}, since a new repeat marks an older contact as followed); a full run rebuilds all.
 */
final class Summaries {

    /** Tables of earlier versions, dropped by the first full run (which a version change forces). */
    private static final List<String> LEGACY = List.of("customer_years", "customer_years_channel", "customer_years_service",
            "customer_years_segment", "customer_years_rule");

    private Summaries() {
    }

    static void create(Database database) {
        Tallies.create(database);
        CustomerDays.create(database);
        CustomerMasks.all().forEach(masks -> masks.create(database));
    }

    static void refresh(Database database, Scope scope, int afterBatch, Duration longestWindow) {
        CustomerDays.addKeys(database, scope.isEverything() ? OptionalInt.empty() : OptionalInt.of(afterBatch));
        if (scope.isEverything()) {
            Tallies.drop(database);
            CustomerDays.drop(database);
            CustomerMasks.all().forEach(masks -> masks.drop(database));
            LEGACY.forEach(table -> database.execute("DROP TABLE IF EXISTS " + table));
            create(database);
        }
        Optional<LocalDate> from = scope.from().map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC));
        Optional<LocalDate> followedFrom = scope.from().map(t -> LocalDate.ofInstant(t.minus(longestWindow), ZoneOffset.UTC));
        Tallies.refresh(database, from, followedFrom);
        CustomerDays.refresh(database, from);
        CustomerMasks.all().forEach(masks -> masks.refresh(database, from));
    }

    /** {@code AND column >= DATE 'from'}, or nothing for a full refresh. */
    static String since(String column, Optional<LocalDate> from) {
        return from.map(d -> " AND " + column + " >= DATE '" + d + "'").orElse("");
    }
}
