package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTests {

    @TempDir
    Path dir;

    @Test
    void users_add_reads_the_password_from_a_file_and_users_list_shows_the_role() throws Exception {
        Path password = Files.writeString(dir.resolve("password"), "a-long-enough-password\n");
        var added = Cli.run("--data", dir.resolve("data").toString(), "users", "add", "Dana", "--role", "analyst",
                "--password-file", password.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added dana (ANALYST)");
        assertThat(Cli.run("--data", dir.resolve("data").toString(), "users", "list").out()).contains("dana", "ANALYST");
    }

    @Test
    void a_short_password_or_unknown_role_is_refused_with_the_reason() throws Exception {
        Path password = Files.writeString(dir.resolve("password"), "short");
        var shortOne = Cli.run("--data", dir.resolve("data").toString(), "users", "add", "eve", "--role", "VIEWER",
                "--password-file", password.toString());
        assertThat(shortOne.exit()).isEqualTo(1);
        assertThat(shortOne.err()).contains("at least 10 characters");
        var badRole = Cli.run("--data", dir.resolve("data").toString(), "users", "add", "eve", "--role", "boss",
                "--password-file", password.toString());
        assertThat(badRole.err()).contains("ADMIN, ANALYST or VIEWER");
    }

    @Test
    void there_is_no_password_option_to_leak_into_shell_history() {
        var attempt = Cli.run("users", "add", "eve", "--role", "VIEWER", "--password", "secret-secret");
        assertThat(attempt.exit()).isEqualTo(2);
    }
}
