package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outward detect} says what its run changed: the inconveniences it added and removed, and from when. */
class DetectCommandTests {

    @TempDir
    Path dir;

    @Test
    void a_run_prints_the_inconveniences_it_added_and_removed_beside_those_stored() throws Exception {
        // a long wait each; the second contact also repeats the first
        assertThat(outward("import", waited("first.ndjson", "c1", "2026-05-01T10:00:00Z").toString()).exit()).isZero();
        assertThat(outward("detect").out()).contains("1 inconvenience stored; 1 added and 0 removed in ");

        assertThat(outward("import", waited("second.ndjson", "c2", "2026-05-02T10:00:00Z").toString()).exit()).isZero();
        assertThat(outward("detect").out())
                .contains("3 inconveniences stored; 2 added and 0 removed from 2026-05-02T10:00:00Z in ");
    }

    private Cli outward(String... args) {
        var run = Cli.run(Stream.concat(Stream.of("--data", dir.resolve("data").toString()), Stream.of(args))
                .toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    private Path waited(String file, String id, String time) throws Exception {
        return Files.writeString(dir.resolve(file), "{\"id\":\"" + id + "\",\"time\":\"" + time + "\",\"customer\":\"dc-1\","
                + "\"type\":\"contact\",\"attrs\":{\"wait_s\":900}}\n");
    }
}
