package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outward events} prints NDJSON on stdout; when nothing matches it says so on stderr, stdout staying empty. */
class EventsCommandTests {

    @TempDir
    Path dir;

    @BeforeEach
    void twoEventsOfOneCustomer() throws Exception {
        var file = Files.write(dir.resolve("e.ndjson"), List.of(
                "{\"id\":\"e1\",\"time\":\"2026-05-01T10:00:00Z\",\"customer\":\"ec-1\",\"type\":\"contact\"}",
                "{\"id\":\"e2\",\"time\":\"2026-05-02T10:00:00Z\",\"customer\":\"ec-1\",\"type\":\"bill\"}"));
        assertThat(events("import", file.toString()).exit()).isZero();
    }

    @Test
    void a_customers_events_are_printed_in_time_order_with_nothing_on_stderr() {
        var run = events("events", "--customer", "ec-1");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(2).first().asString().contains("\"id\":\"e1\"");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void a_customer_without_events_is_named_on_stderr_and_stdout_stays_empty() {
        var run = events("events", "--customer", "ec-2", "--type", "bill");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("outward: no stored event matches --customer ec-2 --type bill" + System.lineSeparator());
    }

    private Cli events(String... args) {
        var arguments = new java.util.ArrayList<>(List.of("--data", dir.resolve("data").toString()));
        arguments.addAll(List.of(args));
        return Cli.run(arguments.toArray(String[]::new));
    }
}
