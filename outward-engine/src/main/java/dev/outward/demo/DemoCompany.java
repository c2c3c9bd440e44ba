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

    /** Writes the events to a stream, which is flushed but left open. */
    public Summary writeTo(OutputStream out) throws IOException {
        Summary summary = Batches.write(Scenario.of(settings), out);
        out.flush();
        return summary;
    }
}
