package dev.outward.inconvenience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.events.EventStore;
import dev.outward.store.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The gauge of stored inconveniences is right from the start, before the server's first run (if it needs one). */
class DetectionMetricsTests {

    @TempDir
    Path dir;

    @Test
    void a_server_on_an_up_to_date_store_reports_the_stored_inconveniences_at_once() throws Exception {
        Path events = Files.write(dir.resolve("waits.ndjson"), List.of(
                "{\"id\":\"w1\",\"time\":\"2026-05-01T10:00:00Z\",\"customer\":\"dm-1\",\"type\":\"contact\",\"attrs\":{\"wait_s\":900}}",
                "{\"id\":\"w2\",\"time\":\"2026-05-01T11:00:00Z\",\"customer\":\"dm-1\",\"type\":\"complaint\"}"));
        try (var database = Database.open(dir.resolve("data"))) {
            new EventStore(database).newImport(events).run();
            long stored = new Detection(database, RuleCatalog.load(database)).run(DetectionMode.FULL).total();
            var registry = new SimpleMeterRegistry();

            try (var detections = new Detections(database, event -> { }, new DetectionSettings(Duration.ZERO))) {
                new DetectionMetrics(registry, detections);
            }

            assertThat(stored).isPositive();
            assertThat(registry.get("outward.inconveniences").gauge().value()).isEqualTo(stored);
        }
    }

    @Test
    void a_store_never_detected_reports_none() throws Exception {
        try (var database = Database.open(dir.resolve("data"))) {
            var registry = new SimpleMeterRegistry();

            try (var detections = new Detections(database, event -> { }, new DetectionSettings(Duration.ZERO))) {
                new DetectionMetrics(registry, detections);
            }

            assertThat(registry.get("outward.inconveniences").gauge().value()).isZero();
        }
    }
}
