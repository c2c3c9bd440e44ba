package dev.outward.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.events.EventStore;
import dev.outward.events.SourceName;
import dev.outward.store.Database;

/**
 * A separate server JVM receives batches and is killed with SIGKILL while senders are still posting. Everything it
 * acknowledged with a 200 must be stored after the restart, once.
 */
class CollectorCrashTests {

    private static final int BATCH = 100;

    @TempDir
    Path tmp;

    @Test
    void everyAcknowledgedEventSurvivesAKillNineAndIsStoredOnce() throws Exception {
        Path data = tmp.resolve("data");
        String key;
        try (var database = Database.open(data)) {
            new EventStore(database);
            key = new SourceKeys(database).create(new SourceName("crash"));
        }
        int port = freePort();
        Process server = startServer(data, port);
        var acknowledged = new ArrayList<String>();
        try {
            awaitHealthy(port);
            var tracking = new Tracking(port);
            for (int batch = 0; batch < 1_000 && acknowledged.size() < 30 * BATCH; batch++) {
                var ids = new ArrayList<String>();
                var messages = new ArrayList<Map<String, Object>>();
                for (int i = 0; i < BATCH; i++) {
                    String id = "crash-" + batch + "-" + i;
                    ids.add(id);
                    messages.add(Map.of("type", "track", "userId", "C-" + i, "event", "complaint", "messageId", id));
                }
                if (tracking.postJson("/v1/batch", Map.of("batch", messages), key).statusCode() == 200) {
                    acknowledged.addAll(ids);
                }
            }
        } finally {
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no applier round
            server.waitFor(30, TimeUnit.SECONDS);
        }

        try (var database = Database.open(data)) {
            var store = new EventStore(database);
            try (var collection = new Collection(data, CollectSettings.defaults())) {
                collection.applier(store).applyPending(); // what the restarted server does first
            }
            var sql = database.sql();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(30 * BATCH);
            assertThat(sql.queryLong("SELECT count(*) FROM events WHERE source = 'crash'"))
                    .isEqualTo(sql.queryLong("SELECT count(DISTINCT id) FROM events WHERE source = 'crash'"));
            List<String> missing = new ArrayList<>();
            for (String id : acknowledged) {
                if (sql.queryLong("SELECT count(*) FROM events WHERE source = 'crash' AND id = ?", id) != 1) {
                    missing.add(id);
                }
            }
            assertThat(missing).as("acknowledged but not stored exactly once").isEmpty();
        }
    }

    private static Process startServer(Path data, int port) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.outward.cli.Outward", "--data", data.toString(), "serve", "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(data.resolveSibling("server.log").toFile())
                .start();
    }

    private static void awaitHealthy(int port) throws Exception {
        var client = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not start within 90 s");
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
