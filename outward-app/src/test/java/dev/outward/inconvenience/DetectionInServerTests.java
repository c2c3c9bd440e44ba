package dev.outward.inconvenience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.ServerTest;
import dev.outward.events.SourceName;
import dev.outward.server.Imports;
import dev.outward.users.Role;

/**
 * The server detects on its own: after an import through it, with a {@link DetectionCompleted} that others react
 * to, and Prometheus figures of the runs.
 */
@ServerTest
@Import(DetectionInServerTests.Completions.class)
class DetectionInServerTests {

    @TestConfiguration
    static class Completions {
        final List<DetectionCompleted> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void completed(DetectionCompleted run) {
            seen.add(run);
        }
    }

    @Autowired
    Imports imports;

    @Autowired
    Detections detections;

    @Autowired
    Completions completions;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    @Test
    void an_import_through_the_server_is_detected_and_announced() throws Exception {
        imports.importFile(Files.write(dir.resolve("waits.ndjson"), List.of(
                "{\"id\":\"w1\",\"time\":\"2026-05-01T10:00:00Z\",\"customer\":\"dis-1\",\"type\":\"contact\",\"attrs\":{\"wait_s\":900}}",
                "{\"id\":\"w2\",\"time\":\"2026-05-01T11:00:00Z\",\"customer\":\"dis-1\",\"type\":\"complaint\"}")), new SourceName("waits"));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (completions.seen.stream().noneMatch(run -> run.total() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(completions.seen).anySatisfy(run -> assertThat(run.added()).isPositive());
        assertThat(detections.history(1).getFirst().total()).isPositive();
        mvc.perform(get("/actuator/prometheus").with(Accounts.api(Role.ADMIN)))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*outward_detection_duration_seconds_count\\{mode=\"[a-z]+\"} [1-9].*")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*outward_inconveniences_detected_total [1-9].*")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*outward_inconveniences [1-9].*")));
    }
}
