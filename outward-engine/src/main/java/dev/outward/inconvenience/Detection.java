package dev.outward.inconvenience;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.outward.events.EventStore;
import dev.outward.store.Database;

/**
 * Runs the rule catalog over the store and keeps the {@code inconveniences} table in step with the events.
 * <p>
 * Incremental runs rest on one fact: an inconvenience depends only on its own event, on events of the same
 * customer at most the longest rule window before it, and (area rules) on profiles at or before it. So events
 * imported since the last run, the earliest at time T, can change only inconveniences counted at or after T; a run
 * recomputes those, reading events from T minus the longest window (all profiles for area rules), and writes what
 * differs ({@link Recount}).
 * The same transaction brings the {@link Summaries} the reports read up to date, so a report never mixes two runs.
 * Rows are written in time order (an incremental run appends the latest), so that the table's zone maps let a query
 * for recent inconveniences skip the rest.
 */
public final class Detection {

    private final Database database;
    private final EventStore events;
    private final RuleCatalog catalog;
    private final RunLog log;

    public Detection(Database database, RuleCatalog catalog) {
        this.database = database;
        this.catalog = catalog;
        this.log = new RunLog(database);
        this.events = new EventStore(database);
        DetectionTables.create(database);
    }

    public DetectionRun run(DetectionMode requested) {
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        String rules = catalog.fingerprint();
        database.execute("BEGIN TRANSACTION");
        try {
            int lastBatch = (int) database.sql().queryLong("SELECT coalesce(max(batch), 0) FROM events");
            var plan = plan(requested, rules);
            ProfileHistory.catchUp(database, lastBatch);
            boolean summarised = EventSummaries.catchUp(database, lastBatch);
            events.indexCustomers();
            var rewrite = plan.scope.map(this::recompute).orElse(Recount.Rewrite.NONE);
            if (summarised || plan.scope.isPresent()) {
                // once both halves are refreshed: asking the tables' ends after each half cost a run ~11 ms more
                DaySpans.keep(database);
            }
            var byRule = byRule();
            long total = byRule.values().stream().mapToLong(Long::longValue).sum();
            var run = new DetectionRun(log.next(), startedAt, plan.mode, plan.why, plan.scope.flatMap(Scope::from),
                    rewrite.removed(), rewrite.added(), total, Duration.ofNanos(System.nanoTime() - started), lastBatch, byRule);
            log.record(run, rules);
            database.execute("COMMIT");
            return run;
        } catch (RuntimeException e) {
            database.execute("ROLLBACK");
            throw e;
        }
    }

    /** Replaces the inconveniences in scope; returns how many were removed and added. */
    private Recount.Rewrite recompute(Scope scope) {
        var fromDay = scope.from().map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC));
        String found = "SELECT d.*, s.segment, c.k, d.time::DATE FROM (" + new DetectionSql(catalog.active()).select(scope)
                + ") d\nLEFT JOIN customer_keys c ON c.customer = d.customer\n" + ProfileHistory.segmentOf("d", fromDay);
        var rewrite = CustomerTotals.refresh(database, fromDay,
                () -> scope.from().map(from -> Recount.replace(database, from, found))
                        .orElseGet(() -> Recount.replaceAll(database, found)));
        Summaries.refresh(database, scope, catalog.longestWindow());
        return rewrite;
    }

    /** What to recompute: everything, from a time, or nothing ({@code scope} empty). */
    private record Plan(DetectionMode mode, String why, Optional<Scope> scope) {
    }

    private Plan plan(DetectionMode requested, String rules) {
        if (requested == DetectionMode.FULL) {
            return new Plan(DetectionMode.FULL, "requested", Optional.of(Scope.everything()));
        }
        var previous = log.last();
        if (previous.isEmpty()) {
            return new Plan(DetectionMode.FULL, "first run", Optional.of(Scope.everything()));
        }
        if (!previous.get().rules().equals(rules)) {
            return new Plan(DetectionMode.FULL, "rules changed since run " + previous.get().run(), Optional.of(Scope.everything()));
        }
        int afterBatch = previous.get().lastBatch();
        var earliest = database.sql().query("SELECT min(time) FROM events WHERE batch > ?",
                row -> Optional.ofNullable(row.getTimestamp(1)).map(RunLog::instant), afterBatch).getFirst();
        return earliest.map(from -> new Plan(DetectionMode.INCREMENTAL, "new events", Optional.of(Scope.from(from))))
                .orElseGet(() -> new Plan(DetectionMode.INCREMENTAL, "no new events", Optional.empty()));
    }

    private Map<RuleId, Long> byRule() {
        var counts = new LinkedHashMap<RuleId, Long>();
        catalog.active().forEach(r -> counts.put(r.id(), 0L));
        // from the tallies, which the run has just brought up to date: a few thousand rows instead of every inconvenience
        database.sql().query("SELECT rule, sum(n) FROM daily_inconveniences GROUP BY rule", row -> {
            var id = new RuleId(row.getString(1));
            if (counts.containsKey(id)) {
                counts.put(id, row.getLong(2));
            }
            return id;
        });
        return counts;
    }

    /**
     * Whether a run now would change nothing: an earlier run of the same rules saw every stored batch (or nothing was
     * ever imported). A server asks
     * before its scheduled runs, so that a quiet store does not fill the run log with empty runs.
     */
    public boolean upToDate() {
        var previous = log.last();
        long lastBatch = database.sql().queryLong("SELECT coalesce(max(batch), 0) FROM events");
        return previous.map(p -> p.rules().equals(catalog.fingerprint()) && lastBatch <= p.lastBatch()).orElse(lastBatch == 0);
    }

    /** The latest runs, newest first: for a run history in the CLI and the web UI's freshness note. */
    public List<DetectionRun> history(int limit) {
        return log.history(limit);
    }

    /** Creates what runs write and readers read, where missing: what making a {@code Detection} does first. */
    public static void prepare(Database database) {
        new EventStore(database);
        DetectionTables.create(database);
    }

    /**
     * The same, without preparing the store as making a {@code Detection} does (some forty statements): for a store
     * {@link #prepare prepared} before, whose tables exist.
     */
    public static List<DetectionRun> history(Database database, int limit) {
        return new RunLog(database).history(limit);
    }
}
