package dev.outward.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures how fast the demo company writes events: not a test, run it by hand after {@code test-compile}:
 *
 * <pre>java -cp outward-engine/target/classes:outward-engine/target/test-classes dev.outward.demo.DemoCompanyBenchmark [customers] [runs]</pre>
 */
public final class DemoCompanyBenchmark {
    private DemoCompanyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : Settings.defaults().customers();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path file = Files.createTempFile("outward-demo-", ".ndjson");
        try {
            DemoCompany company = new DemoCompany(Settings.defaults().withCustomers(customers));
            for (int run = 1; run <= runs; run++) {
                long started = System.nanoTime();
                Summary summary = company.writeTo(file);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("run %d%s: %,d events, %,d MB in %.2f s = %,.0f events/s%n", run,
                        run == 1 ? " (warm-up)" : "", summary.events(), summary.bytes() >> 20, seconds,
                        summary.events() / seconds);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
