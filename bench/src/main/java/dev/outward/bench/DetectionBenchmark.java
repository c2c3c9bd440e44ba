package dev.outward.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import dev.outward.events.EventStore;
import dev.outward.inconvenience.Detection;
import dev.outward.inconvenience.DetectionMode;
import dev.outward.inconvenience.Report;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.inconvenience.RuleCatalog;
import dev.outward.store.Database;

/**
 * Generates N synthetic events (default 10,000,000) over a year, then times: the first run (which also summarises
 * the events for the pages, once), the naive one-query-per-rule baseline, the compiled catalog's rules alone
 * ({@link RulesAlone}) and full detection, as after a rule change (each three times, alternating, best kept, as the
 * machine is shared), eight incremental runs in a row, each after appending 1% new events (the next days, plus late
 * arrivals of the days before), and the report. DuckDB checkpoints once its WAL passes 16 MB, so a run can leave its
 * checkpoint to a later one: full runs are timed with a checkpoint, and the incremental runs' mean includes one after
 * the last. The appended events are checkpointed before each incremental run, untimed: that is the import's cost.
 * Usage: DetectionBenchmark [EVENTS] [WORK_DIR]
 */
public final class DetectionBenchmark {

    private static final LocalDateTime YEAR = LocalDateTime.parse("2025-01-01T00:00:00");
    private static final long YEAR_SECONDS = 365L * 86_400;
    private static final int ROUNDS = 3;
    private static final int INCREMENTS = 8;

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("outward-bench");
        try (var database = Database.open(work.resolve("detect-" + System.nanoTime()))) {
            new EventStore(database);
            time("generate %,d events".formatted(events), () -> {
                SyntheticEvents.insert(database, 0, events, YEAR, YEAR_SECONDS);
                SyntheticEvents.insertProfilesAndOutages(database, events, YEAR, YEAR_SECONDS);
                database.execute("CHECKPOINT");
                return null;
            });
            var catalog = RuleCatalog.load(database);
            var detection = new Detection(database, catalog);
            mark();
            long first = System.nanoTime();
            var firstRun = detection.run(DetectionMode.FULL);
            database.execute("CHECKPOINT");
            print("first run: detection, and the events summarised for the pages", first);
            System.out.printf("    %,d inconveniences%n", firstRun.total());
            double naive = Double.MAX_VALUE;
            double rules = Double.MAX_VALUE;
            double full = Double.MAX_VALUE;
            Map<String, Long> naiveCounts = Map.of();
            for (int round = 1; round <= ROUNDS; round++) {
                mark();
                long start = System.nanoTime();
                naiveCounts = NaiveDetection.run(database);
                database.execute("CHECKPOINT");
                naive = Math.min(naive, print("naive, one query per rule, and its checkpoint (round " + round + ")", start));
                database.execute("DROP TABLE naive");
                database.execute("CHECKPOINT");
                mark();
                start = System.nanoTime();
                var rulesCounts = RulesAlone.run(database, catalog);
                database.execute("CHECKPOINT");
                rules = Math.min(rules, print("compiled rules alone, and their checkpoint (round " + round + ")", start));
                checkSame(naiveCounts, rulesCounts);
                database.execute("DROP TABLE rules_alone");
                database.execute("CHECKPOINT");
                mark();
                start = System.nanoTime();
                var run = detection.run(DetectionMode.FULL);
                // a run's own checkpoint is part of its cost, whichever commit DuckDB would do it in
                database.execute("CHECKPOINT");
                full = Math.min(full, print("compiled catalog, full, and its checkpoint (round " + round + ")", start));
                System.out.printf("    %,d inconveniences%n", run.total());
                checkSame(naiveCounts, byName(run.byRule()));
            }
            System.out.printf("naive / compiled rules alone = %.2f, naive / compiled full = %.2f (best of %d each; above 1"
                    + " the compiled catalog is faster)%n", naive / rules, naive / full, ROUNDS);

            // eight times the next 3.65 days of events, a tenth of them arriving late for the 2 days before: a month,
            // so that the mean holds what comes only every few runs (folds of the masks' day rows, DuckDB merging the
            // small row groups that appends leave)
            long added = events / 100;
            double total = 0;
            for (int round = 0; round < INCREMENTS; round++) {
                total += increment(database, detection, events + round * added, added,
                        YEAR.plusSeconds(YEAR_SECONDS + round * (YEAR_SECONDS / 100)), full);
            }
            mark();
            long start = System.nanoTime();
            database.execute("CHECKPOINT");
            total += print("checkpoint of what the incremental runs left in the WAL", start);
            System.out.printf("    incremental runs with the checkpoint, mean = %.1f%% of full%n", 100 * total / INCREMENTS / full);

            var report = new Report(database, catalog);
            time("report, all time", () -> report.compute(ReportFilter.allTime()));
            time("report, all time (warm)", () -> report.compute(ReportFilter.allTime()));
            time("report, one month", () -> report.compute(ReportFilter.between(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30"))));
        }
    }

    /** Appends {@code added} events from {@code from} on, a tenth of them late, and runs incremental detection. */
    private static double increment(Database database, Detection detection, long ids, long added, LocalDateTime from, double full) {
        SyntheticEvents.insert(database, ids, added * 9 / 10, from, YEAR_SECONDS / 100);
        SyntheticEvents.insert(database, ids + added * 9 / 10, added / 10, from.minusDays(2), 2 * 86_400);
        // the import's own checkpoint, as `outward import` does when it closes the store: left in the WAL, the run's
        // commit would write the new events' row groups (~0.1 s) and count the import's cost as the run's
        database.execute("CHECKPOINT");
        mark();
        long start = System.nanoTime();
        var incremental = detection.run(DetectionMode.INCREMENTAL);
        double seconds = print("incremental after +%,d events (%s from %s)".formatted(added, incremental.mode(),
                incremental.from().map(Object::toString).orElse("-")), start);
        System.out.printf("    incremental = %.1f%% of full; removed %,d added %,d%n", 100 * seconds / full,
                incremental.removed(), incremental.added());
        return seconds;
    }

    private static Map<String, Long> byName(Map<dev.outward.inconvenience.RuleId, Long> counts) {
        var byName = new TreeMap<String, Long>();
        counts.forEach((rule, n) -> byName.put(rule.value(), n));
        byName.values().removeIf(n -> n == 0);
        return byName;
    }

    private static void checkSame(Map<String, Long> naive, Map<String, Long> compiled) {
        if (!new TreeMap<>(compiled).equals(new TreeMap<>(naive))) {
            throw new IllegalStateException("naive and compiled disagree:\n naive    " + new TreeMap<>(naive) + "\n compiled "
                    + new TreeMap<>(compiled));
        }
    }

    private static <T> T time(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        print(what, start);
        return result;
    }

    /**
     * Prints wall time and the process's CPU time since the last print. The machine is shared with other work, so
     * wall time swings; CPU time (DuckDB's worker threads included) shows the work done more steadily.
     */
    private static double print(String what, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = CPU.getProcessCpuTime();
        System.out.printf("%-62s %7.2f s wall %7.2f s cpu%n", what, seconds, (cpu - lastCpu) / 1e9);
        lastCpu = cpu;
        return seconds;
    }

    private static void mark() {
        lastCpu = CPU.getProcessCpuTime();
    }

    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static long lastCpu = CPU.getProcessCpuTime();
}
