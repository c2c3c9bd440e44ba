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
 * Generates N synthetic events (default 10,000,000) over a year, then times: the naive one-query-per-rule
 * baseline, full detection of the compiled catalog (each twice, alternating, as the machine is shared), an
 * incremental run after appending 1% new events (the next days, plus late arrivals of the last days), and the
 * report. Usage: DetectionBenchmark [EVENTS] [WORK_DIR]
 */
public final class DetectionBenchmark {

    private static final LocalDateTime YEAR = LocalDateTime.parse("2025-01-01T00:00:00");
    private static final long YEAR_SECONDS = 365L * 86_400;

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
            double naive = Double.MAX_VALUE;
            double full = Double.MAX_VALUE;
            Map<String, Long> naiveCounts = Map.of();
            for (int round = 1; round <= 2; round++) {
                long start = System.nanoTime();
                naiveCounts = NaiveDetection.run(database);
                naive = Math.min(naive, print("naive, one query per rule (round " + round + ")", start));
                database.execute("DROP TABLE naive");
                start = System.nanoTime();
                var run = detection.run(DetectionMode.FULL);
                full = Math.min(full, print("compiled catalog, full (round " + round + ")", start));
                System.out.printf("    %,d inconveniences%n", run.total());
                checkSame(naiveCounts, run.byRule());
            }
            System.out.printf("compiled full is %.1fx faster than naive (best of 2 each)%n", naive / full);

            long added = events / 100;
            // the next 3.65 days of events, a tenth of them arriving late for the last 2 days of the year
            SyntheticEvents.insert(database, events, added * 9 / 10, YEAR.plusSeconds(YEAR_SECONDS), YEAR_SECONDS / 100);
            SyntheticEvents.insert(database, events + added, added / 10, YEAR.plusSeconds(YEAR_SECONDS - 2 * 86_400), 2 * 86_400);
            long start = System.nanoTime();
            var incremental = detection.run(DetectionMode.INCREMENTAL);
            double seconds = print("incremental after +%,d events (%s from %s)".formatted(added, incremental.mode(),
                    incremental.from().map(Object::toString).orElse("-")), start);
            System.out.printf("    incremental = %.1f%% of full; removed %,d added %,d%n", 100 * seconds / full,
                    incremental.removed(), incremental.added());

            var report = new Report(database, catalog);
            time("report, all time", () -> report.compute(ReportFilter.allTime()));
            time("report, all time (warm)", () -> report.compute(ReportFilter.allTime()));
            time("report, one month", () -> report.compute(ReportFilter.between(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30"))));
        }
    }

    private static void checkSame(Map<String, Long> naive, Map<dev.outward.inconvenience.RuleId, Long> compiled) {
        var byName = new TreeMap<String, Long>();
        compiled.forEach((rule, n) -> byName.put(rule.value(), n));
        byName.values().removeIf(n -> n == 0);
        if (!byName.equals(new TreeMap<>(naive))) {
            throw new IllegalStateException("naive and compiled disagree:\n naive    " + new TreeMap<>(naive) + "\n compiled " + byName);
        }
    }

    private static <T> T time(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        print(what, start);
        return result;
    }

    private static double print(String what, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-60s %8.2f s%n", what, seconds);
        return seconds;
    }
}
