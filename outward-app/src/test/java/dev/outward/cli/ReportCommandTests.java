package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * A report counts what the last detection run stored; one behind the imports says so on stderr, stdout unchanged.
 * Its refusals are one plain line naming what to change, no SQL, exit 1 like other bad filters.
 */
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

    @Test
    void a_date_beyond_four_digit_years_is_refused_in_one_line_without_sql() {
        var report = Cli.run("--data", dir.resolve("data").toString(), "report", "--from=-999999999-01-01");

        assertThat(report.exit()).isEqualTo(1);
        assertThat(report.err()).isEqualTo("outward: The report period's from date -999999999-01-01 is out of range: years 1 to 9999"
                + System.lineSeparator()).doesNotContain("SELECT");
    }

    @Test
    void a_date_that_is_not_one_is_named_with_the_form_expected_not_a_java_class() {
        var report = Cli.run("--data", dir.resolve("data").toString(), "report", "--from=2026-13-45");

        assertThat(report.exit()).isEqualTo(2);
        assertThat(report.err()).contains("'2026-13-45' is not a date: expected YYYY-MM-DD, e.g. 2026-03-31")
                .doesNotContain("java.time", "Exception");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_the_same_way() {
        var report = Cli.run("--data", dir.resolve("data").toString(), "report", "--from=2026-03-01", "--to=2026-01-01");

        assertThat(report.exit()).isEqualTo(1);
        assertThat(report.err()).isEqualTo("outward: The report period starts 2026-03-01, after it ends 2026-01-01" + System.lineSeparator());
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
