package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.outward.Accounts;
import dev.outward.DemoServerTest;
import dev.outward.SignedInClient;
import dev.outward.server.ServerFile;
import dev.outward.server.ServerSettings;
import dev.outward.server.Store;

/**
 * While a server holds the store, commands in another process neither hang nor corrupt anything: they say which
 * server holds it, and {@code outward import} with a token sends its files to that server instead. Checking a rules
 * file needs no store and works all the same.
 */
@DemoServerTest
class StoreHeldByServerTests {

    @LocalServerPort
    int port;

    @Autowired
    ServerSettings settings;

    @Autowired
    Store store;

    @TempDir
    Path dir;

    @Test
    void the_server_writes_server_json_with_its_pid_and_address() {
        var server = ServerFile.read(settings.dataDir()).orElseThrow();
        assertThat(server.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + port);
    }

    @Test
    void a_second_server_on_the_same_data_on_the_same_port_names_the_first_not_the_port() {
        var serve = Cli.run("--data", settings.dataDir().toString(), "serve", "--port", String.valueOf(port));
        assertThat(serve.exit()).isEqualTo(1);
        assertThat(serve.err()).contains("An Outward server already serves", "http://127.0.0.1:" + port)
                .doesNotContain("is in use");
    }

    @Test
    void a_command_on_the_held_store_fails_at_once_naming_the_server() throws Exception {
        long before = store.events(events -> events.stats().events());
        var stats = Cli.inAnotherProcess(Map.of(), "--data", settings.dataDir().toString(), "stats");
        assertThat(stats.exit()).isEqualTo(1);
        assertThat(stats.err()).contains("held by the Outward server at http://127.0.0.1:" + port, "OUTWARD_TOKEN");
        long after = store.events(events -> events.stats().events());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void import_with_a_token_sends_the_file_to_the_server() throws Exception {
        String token = token("cli import");
        Path file = Files.write(dir.resolve("late.ndjson"), List.of(
                "{\"id\":\"late-1\",\"time\":\"2026-06-01T09:00:00Z\",\"customer\":\"late\",\"type\":\"contact\"}"));

        var imported = Cli.inAnotherProcess(Map.of("OUTWARD_TOKEN", token), "--data", settings.dataDir().toString(),
                "import", "--source", "late", file.toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("sending the files to it", "late.ndjson: read 1, stored 1");
        Map<String, Long> bySource = store.events(events -> events.stats().bySource());
        assertThat(bySource).containsEntry("late", 1L);
    }

    @Test
    void an_import_through_the_server_is_summed_up_like_a_local_one_and_recorded_under_the_files_name() throws Exception {
        var lines = new java.util.ArrayList<>(List.of(
                "{\"id\":\"bad-0\",\"time\":\"2026-06-01T09:00:00Z\",\"customer\":\"bad\",\"type\":\"contact\"}"));
        for (int i = 1; i <= 12; i++) {
            lines.add("{\"id\":\"bad-" + i + "\",\"type\":\"contact\"}");
        }
        Path file = Files.write(Files.createDirectories(dir.resolve("export")).resolve("bad.ndjson"), lines);

        var local = Cli.run("--data", dir.resolve("local-data").toString(), "import", "--source", "bad", file.toString());
        var sent = Cli.inAnotherProcess(Map.of("OUTWARD_TOKEN", token("cli summary")), "--data", settings.dataDir().toString(),
                "import", "--source", "bad", file.toString());

        assertThat(sent.exit()).as(sent.err()).isEqualTo(local.exit()).isEqualTo(Outward.REJECTED_ROWS);
        assertThat(sent.out()).contains("bad.ndjson: read 13, stored 1, duplicates skipped 0, rejected 12", "  … and 7 more")
                .containsPattern("  quarantine: .*quarantine/batch-\\d+-bad\\.ndjson");
        assertThat(summary(sent.out())).isEqualTo(summary(local.out())).filteredOn(line -> line.startsWith("  rejected ")).hasSize(5);
        var recorded = store.events(events -> events.recentImports(1)).getFirst();
        assertThat(recorded.file()).isEqualTo("bad.ndjson");
    }

    @Test
    void rules_check_works_while_the_server_holds_the_store() throws Exception {
        Path good = Files.writeString(dir.resolve("rules.yaml"), "rules:\n  - id: long-wait\n    params: {max_wait_s: 600}\n");
        Path bad = Files.writeString(dir.resolve("bad-rules.yaml"), "rules:\n  - id: long-wait\n    when: \"wait_s >\"\n");

        var fine = Cli.inAnotherProcess(Map.of(), "--data", settings.dataDir().toString(), "rules", "check", good.toString());
        var wrong = Cli.inAnotherProcess(Map.of(), "--data", settings.dataDir().toString(), "rules", "check", bad.toString());

        assertThat(fine.exit()).as(fine.err()).isZero();
        assertThat(fine.out()).contains(good + ": OK");
        assertThat(wrong.exit()).as(wrong.err()).isEqualTo(1);
        assertThat(wrong.out()).contains("long-wait", "when", bad + ": 1 error(s)");
    }

    @Test
    void rules_check_creates_no_store() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), "rules:\n  - id: transfer\n    enabled: false\n");

        var check = Cli.run("--data", dir.resolve("no-data").toString(), "rules", "check", rules.toString());

        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(dir.resolve("no-data")).doesNotExist();
    }

    /** The summary's lines up to its quarantine file, whose batch number differs between two stores. */
    private static List<String> summary(String out) {
        return out.lines().dropWhile(line -> !line.startsWith("bad.ndjson:")).takeWhile(line -> !line.contains("quarantine:")).toList();
    }

    private String token(String label) throws Exception {
        var admin = new SignedInClient("http://127.0.0.1:" + port, "admin", Accounts.ADMIN_PASSWORD);
        var page = admin.post("/tokens", "label", label);
        var token = Pattern.compile("outward_[A-Za-z0-9_-]{20,}").matcher(page);
        assertThat(token.find()).as("the new token is shown on the page").isTrue();
        return token.group();
    }
}
