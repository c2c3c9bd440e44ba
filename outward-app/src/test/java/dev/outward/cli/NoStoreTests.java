package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mistyped --data names a directory without a store: commands that only read say so in one line and create
 * nothing, instead of answering with the zeros of a new empty store. Commands that store something still start one.
 */
class NoStoreTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"stats", "report", "report --format json", "events", "explain --customer X", "detect", "rules",
            "sources list", "sources revoke web", "users list"})
    void a_command_that_only_reads_refuses_a_directory_without_a_store_and_creates_nothing(String command) {
        Path nope = dir.resolve("nope");

        var run = outward(nope, command);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("outward: There is no Outward store in " + nope + ": import data first (outward import FILE,"
                + " or outward demo), or check --data and OUTWARD_DATA." + System.lineSeparator());
        assertThat(nope).doesNotExist();
    }

    @Test
    void a_directory_that_exists_without_a_store_is_refused_the_same_way_and_left_as_it_was() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        var run = outward(empty, "stats");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("There is no Outward store in " + empty);
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void importing_starts_a_store_that_the_reading_commands_then_use() throws Exception {
        Path data = dir.resolve("data");
        Path events = Files.write(dir.resolve("events.ndjson"),
                List.of("{\"id\":\"e1\",\"time\":\"2026-05-01T10:00:00Z\",\"customer\":\"c1\",\"type\":\"contact\"}"));

        var imported = outward(data, "import " + events);
        var stats = outward(data, "stats");

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(stats.exit()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("events       1");
    }

    private static Cli outward(Path data, String command) {
        var arguments = new ArrayList<>(List.of("--data", data.toString()));
        arguments.addAll(List.of(command.split(" ")));
        return Cli.run(arguments.toArray(String[]::new));
    }
}
