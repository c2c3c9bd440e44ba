package dev.outward.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.outward.events.EventStore;
import dev.outward.store.Database;

/**
 * Imports an NDJSON file into a fresh store and prints events/s and MB/s, then imports it again to show the
 * cost of a re-import that finds only duplicates. Usage: ImportBenchmark FILE [WORK_DIR]
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("outward-bench");
        double megabytes = Files.size(file) / 1e6;
        try (var database = Database.open(work.resolve("data-" + System.nanoTime()))) {
            var store = new EventStore(database);
            for (String run : new String[] {"first import", "re-import (all duplicates)"}) {
                long start = System.nanoTime();
                var result = store.newImport(file).run();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%-28s %,12d rows  %,10.0f events/s  %7.1f MB/s  %6.2f s  stored %,d  duplicates %,d  rejected %,d%n",
                        run, result.read(), result.read() / seconds, megabytes / seconds, seconds,
                        result.stored(), result.duplicates(), result.rejected());
            }
        }
    }
}
