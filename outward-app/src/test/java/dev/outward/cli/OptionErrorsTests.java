package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the command line are told in the options' and files' names, never a Java field's or exception's. */
class OptionErrorsTests {

    @TempDir
    Path dir;

    @Test
    void a_rate_out_of_range_names_its_option() {
        var generate = Cli.run("generate", "--failed-payment", "2", "--out", dir.resolve("x.ndjson").toString());

        assertThat(generate.exit()).isEqualTo(1);
        assertThat(generate.err()).startsWith("outward: --failed-payment must be between 0 and 1, got 2.0")
                .doesNotContain("failedPayment", "Exception");
        assertThat(Cli.run("generate", "--first-contact-resolution", "-1", "--out", dir.resolve("x.ndjson").toString()).err())
                .startsWith("outward: --first-contact-resolution must be between 0 and 1");
        assertThat(Cli.run("--data", dir.resolve("data").toString(), "demo", "--customers", "0", "--no-serve").err())
                .startsWith("outward: --customers must be between 1 and");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void generate_into_a_missing_directory_says_so() {
        Path out = dir.resolve("nonexistent").resolve("x.ndjson");

        var generate = Cli.run("generate", "--customers", "5", "--months", "1", "--out", out.toString());

        assertThat(generate.exit()).isEqualTo(1);
        assertThat(generate.err()).isEqualTo("outward: cannot write " + out + ": the directory does not exist" + System.lineSeparator());
    }

    @Test
    void a_missing_password_file_is_named_without_an_exception() {
        var added = Cli.run("--data", dir.resolve("data").toString(), "users", "add", "eve", "--role", "VIEWER",
                "--password-file", dir.resolve("no-such-file").toString());

        assertThat(added.exit()).isEqualTo(1);
        assertThat(added.err()).startsWith("outward: cannot read the password file " + dir.resolve("no-such-file") + ": no such file")
                .doesNotContain("Exception");
    }

    @Test
    void a_password_file_of_dash_is_read_from_standard_input() {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream("a-long-enough-password\n".getBytes(StandardCharsets.UTF_8)));
        try {
            var added = Cli.run("--data", dir.resolve("data").toString(), "users", "add", "eve", "--role", "VIEWER",
                    "--password-file", "-");

            assertThat(added.exit()).as(added.err()).isZero();
            assertThat(added.out()).contains("Added eve (VIEWER)");
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void a_missing_token_file_is_named_without_an_exception() throws Exception {
        Path events = java.nio.file.Files.writeString(dir.resolve("e.ndjson"), "");

        var imported = Cli.run("--data", dir.resolve("data").toString(), "import", "--token-file",
                dir.resolve("token").toString(), events.toString());

        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.err()).startsWith("outward: cannot read the token file " + dir.resolve("token") + ": no such file");
    }
}
