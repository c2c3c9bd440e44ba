package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/** A report counts what the last detection run stored; one behind the imports says so on stderr, stdout unchanged. */
class ReportCommandTests {

    @TempDir
    Path dir;

    @Test
    void a_report_before_any_detection_run_hints_at_outward_detect_and_stays_parsable() throws Exception {
        outward("import", events("first.ndjson", "r1", "r2").toString());

        var report = Cli.run("--data", dir.resolve("data").toString(), "report", "--format", "json");

        assertThat(report.exit()).isZero();
        assertThat(report.err()).isEqualTo("outward: no detection run yet, so no inconveniences are counted: run `outward detect`"
                + System.lineSeparator());
        assertThat(JsonMapper.builder().build().readTree(report.out()).isObject()).isTrue();
    }

    @Test
    void a_report_after_imports_the_last_run_did_not_see_names_the_run_and_the_events_since() throws Exception {
        outward("import", events("first.ndjson", "r1", "r2").toString());
        outward("detect");
        outward("import", events("later.ndjson", "r3", "r4").toString());

        var report = Cli.run("--data", dir.resolve("data").toString(), "report");

        assertThat(report.exit()).isZero();
        assertThat(report.err()).startsWith("outward: the inconveniences are as of detection run 1 (")
                .contains(", 2 events imported since: run `outward detect`");
        outward("detect");
        assertThat(Cli.run("--data", dir.resolve("data").toString(), "report").err()).isEmpty();
    }

    private void outward(String... args) {
        var arguments = new java.util.ArrayList<>(List.of("--data", dir.resolve("data").toString()));
        arguments.addAll(List.of(args));
        var run = Cli.run(arguments.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private Path events(String file, String... ids) throws Exception {
        var lines = java.util.Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\",\"time\":\"2026-05-01T10:00:00Z\","
                + "\"customer\":\"rc-1\",\"type\":\"contact\",\"attrs\":{\"wait_s\":900}}").toList();
        return Files.write(dir.resolve(file), lines);
    }
}
