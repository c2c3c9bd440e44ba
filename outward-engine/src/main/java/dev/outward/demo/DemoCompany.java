package dev.outward.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An imaginary energy and telecom retailer whose customers' history can be written out as Outward events (NDJSON,
 * event format v1): profiles, products, bills and payments, web and app visits, contacts and their repeats,
 * appointments, orders and deliveries, outages, complaints and surveys.
 *
 * <p>The output depends only on the {@link Settings}: no clock, no hash order, no thread timing.
 */
public final class DemoCompany {
    private static final String SERVICES = "services.yaml";

    private final Settings settings;

    public DemoCompany(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Settings settings() {
        return settings;
    }

    /** Writes the events to a file, replacing it if it exists. */
    public Summary writeTo(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return writeTo(out);
        }
    }

    /**
     * Puts the demo's {@code services.yaml} (a name and an owning team for every service its events name) into a data
     * directory, unless it has one: the pages then show who owns what, as a deployment's own file would.
     */
    public static void describeServicesIn(Path dataDir) throws IOException {
        Path file = dataDir.resolve(SERVICES);
        if (Files.exists(file)) {
            return;
        }
        try (var yaml = DemoCompany.class.getResourceAsStream("/demo/" + SERVICES)) {
            Files.copy(Objects.requireNonNull(yaml, "the demo's services.yaml is missing from the jar"), file);
        }
    }

    /** Writes the events to a stream, which is flushed but left open. */
    public Summary writeTo(OutputStream out) throws IOException {
        Summary summary = Batches.write(Scenario.of(settings), out);
        out.flush();
        return summary;
    }
}
