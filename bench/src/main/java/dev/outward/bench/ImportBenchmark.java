package dev.outward.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.outward.demo.DemoCompany;
import dev.outward.demo.Settings;
import dev.outward.events.EventStore;
import dev.outward.store.Database;

/**
 * Generates a demo company of about N events (default 10 million), then imports it into a fresh store and prints
 * generate and import events/s and MB/s, then re-imports it (all duplicates), then loads it with the bar the issue
 * sets ({@link ReadJsonBar}: DuckDB's {@code read_json} straight into the table of a second fresh store).
 * Usage: ImportBenchmark [EVENTS] [WORK_DIR]
 */
public final class ImportBenchmark {

    /** The demo company writes about 60 events per customer over 12 months. */
    private static final int EVENTS_PER_CUSTOMER = 60;

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("outward-bench");
        Path file = work.resolve("bench-" + events + ".ndjson");

        long start = System.nanoTime();
        var summary = new DemoCompany(Settings.defaults().withCustomers((int) (events / EVENTS_PER_CUSTOMER))).writeTo(file);
        print("generate", summary.events(), summary.bytes(), start);

        String imported;
        try (var database = Database.open(work.resolve("data-" + System.nanoTime()))) {
            var store = new EventStore(database);
            for (String run : new String[] {"import", "re-import (all duplicates)"}) {
                lastCpu = CPU.getProcessCpuTime();
                start = System.nanoTime();
                var result = store.newImport(file).run();
                print(run, result.read(), Files.size(file), start);
                System.out.printf("    stored %,d  duplicates %,d  rejected %,d%n", result.stored(), result.duplicates(), result.rejected());
            }
            imported = ReadJsonBar.fingerprint(database);
        }
        try (var database = Database.open(work.resolve("bar-" + System.nanoTime()))) {
            new EventStore(database);
            lastCpu = CPU.getProcessCpuTime();
            start = System.nanoTime();
            long rows = ReadJsonBar.load(database, file);
            print("bar: read_json into events", rows, Files.size(file), start);
            System.out.printf("    no validation, quarantine or duplicate check, unnamed attributes dropped; the same rows: %s%n",
                    ReadJsonBar.fingerprint(database).equals(imported) ? "yes" : "NO");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Wall time swings when the machine is shared; the process's CPU time (DuckDB's threads included) less so. */
    private static void print(String what, long events, long bytes, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long cpu = CPU.getProcessCpuTime();
        System.out.printf("%-28s %,12d events  %,11.0f events/s  %7.1f MB/s  %6.2f s wall  %6.2f s cpu%n",
                what, events, events / seconds, bytes / 1e6 / seconds, seconds, (cpu - lastCpu) / 1e9);
        lastCpu = cpu;
    }

    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static long lastCpu = CPU.getProcessCpuTime();
}
