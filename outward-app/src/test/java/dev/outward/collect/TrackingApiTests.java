package dev.outward.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import dev.outward.OutwardApplication;
import dev.outward.TempDataDir;
import dev.outward.events.SourceName;
import dev.outward.store.Database;

/** Every wire form of the tracking API over real HTTP against the real server. */
@SpringBootTest(classes = OutwardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "outward.collect.apply-every=50ms"})
@ContextConfiguration(initializers = TempDataDir.class)
class TrackingApiTests {

    @LocalServerPort
    int port;
    @Autowired
    SourceKeys keys;
    @Autowired
    Applier applier;
    @Autowired
    Database database;

    Tracking tracking;
    String key;

    @BeforeEach
    void setUp() {
        tracking = new Tracking(port);
        key = keys.create(new SourceName("web-" + UUID.randomUUID().toString().substring(0, 8)));
    }

    private static Map<String, Object> track(String id) {
        return Map.of("userId", "A-1", "event", "complaint", "messageId", id);
    }

    private long stored(String id) {
        applier.applyPending();
        return database.sql().queryLong("SELECT count(*) FROM events WHERE id = ?", id);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/v1/track", "/v1/track/", "/v1/t", "/v1/t/", "/v1/identify", "/v1/i", "/v1/page", "/v1/p",
            "/v1/screen", "/v1/s", "/v1/group", "/v1/g", "/v1/alias", "/v1/a"})
    void everySingleCallEndpointAcceptsItsCall(String path) {
        String id = "m-" + UUID.randomUUID();
        var response = tracking.postJson(path, Map.of("userId", "A-1", "event", "complaint", "previousId", "anon",
                "messageId", id, "traits", Map.of("segment", "residential")), key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Tracking.body(response)).containsEntry("success", true).containsEntry("accepted", 1);
        assertThat(stored(id)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/v1/batch", "/v1/batch/", "/v1/b", "/v1/b/", "/v1/import", "/v1/import/"})
    void everyBatchEndpointAcceptsABatch(String path) {
        String id = "b-" + UUID.randomUUID();
        var response = tracking.postJson(path, Map.of("batch", List.of(Map.of("type", "track", "userId", "A-1",
                "event", "complaint", "messageId", id))), key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void theWriteKeyMayComeInTheBodyAsTheJavaClientSendsIt() {
        var response = tracking.post("/v1/import/", "application/json",
                Tracking.json(Map.of("writeKey", key, "batch", List.of(Map.of("type", "track", "userId", "A", "event", "x", "messageId", "wk")))));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingOrUnknownKeyIs401WithAJsonError() {
        var unknown = tracking.postJson("/v1/track", track("k1"), "owk_nope");
        var missing = tracking.post("/v1/track", "application/json", Tracking.json(track("k2")));

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(Tracking.body(unknown)).containsEntry("success", false).containsKey("error");
    }

    @Test
    void aRevokedKeyIs401() {
        var source = new SourceName("revoked-" + UUID.randomUUID().toString().substring(0, 6));
        String revoked = keys.create(source);
        keys.revoke(source);

        assertThat(tracking.postJson("/v1/track", track("r1"), revoked).statusCode()).isEqualTo(401);
    }

    @Test
    void aKeyRevokedAfterItWasUsedIs401() {
        var source = new SourceName("used-" + UUID.randomUUID().toString().substring(0, 6));
        String used = keys.create(source);
        assertThat(tracking.postJson("/v1/track", track("u1"), used).statusCode()).isEqualTo(200);

        keys.revoke(source);

        assertThat(tracking.postJson("/v1/track", track("u2"), used).statusCode()).isEqualTo(401);
    }

    @Test
    void textPlainBodiesAreAcceptedAsAnalyticsJsSendsThem() {
        var body = Tracking.json(Map.of("writeKey", key, "userId", "A", "event", "complaint", "messageId", "tp1"));

        assertThat(tracking.post("/v1/t", "text/plain;charset=UTF-8", body).statusCode()).isEqualTo(200);
        assertThat(stored("tp1")).isEqualTo(1);
    }

    @Test
    void gzipBodiesAreAcceptedWhateverTheirContentType() {
        var body = Tracking.gzip(Tracking.json(Map.of("batch", List.of(Map.of("type", "track", "userId", "A", "event", "complaint", "messageId", "gz1")))));

        var response = tracking.post("/v1/batch", "application/x-www-form-urlencoded", body,
                "Content-Encoding", "gzip", "Authorization", Tracking.basic(key));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(stored("gz1")).isEqualTo(1);
    }

    @Test
    void invalidJsonIs400() {
        var response = tracking.post("/v1/track", "application/json", "{not json".getBytes(StandardCharsets.UTF_8),
                "Authorization", Tracking.basic(key));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Tracking.body(response).get("error").toString()).contains("invalid JSON");
    }

    @Test
    void aMessageOver32KbIs400NamingTheLimit() {
        var big = Map.of("userId", "A", "event", "x", "properties", Map.of("blob", "x".repeat(33 * 1024)));

        var response = tracking.postJson("/v1/track", big, key);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Tracking.body(response).get("error").toString()).contains("limit of 32,768 bytes per message");
    }

    @Test
    void aRequestOver500KbIs400NamingTheLimit() {
        var batch = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 30; i++) {
            batch.add(Map.of("type", "track", "userId", "A", "event", "x", "properties", Map.of("blob", "x".repeat(20_000))));
        }

        var response = tracking.postJson("/v1/batch", Map.of("batch", batch), key);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Tracking.body(response).get("error").toString()).contains("over the limit of 512,000 bytes");
    }

    @Test
    void aBatchOfMoreThan2500MessagesIs400NamingTheLimit() {
        var batch = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 2_501; i++) {
            batch.add(Map.of("type", "track", "userId", "A", "event", "x"));
        }

        var response = tracking.postJson("/v1/batch", Map.of("batch", batch), key);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Tracking.body(response).get("error").toString()).contains("over the limit of 2,500");
    }

    @Test
    void aRejectedMessageIsReportedByIndexAndKeptInTheQuarantine() {
        var response = tracking.postJson("/v1/batch", Map.of("batch", List.of(
                Map.of("type", "track", "userId", "A", "event", "x", "messageId", "ok-1"),
                Map.of("type", "track", "event", "x", "messageId", "who-1"))), key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Tracking.body(response)).containsEntry("accepted", 1);
        assertThat(response.body()).contains("\"index\":1").contains("neither userId nor anonymousId");
        applier.applyPending();
        assertThat(database.sql().queryLong("SELECT count(*) FROM quarantine WHERE raw LIKE '%who-1%'")).isEqualTo(1);
    }

    @Test
    void theBatchContextIsMergedIntoEachMessage() {
        tracking.postJson("/v1/batch", Map.of("context", Map.of("library", Map.of("name", "sdk-x")),
                "batch", List.of(Map.of("type", "page", "userId", "A", "name", "Home", "messageId", "ctx-1"))), key);

        applier.applyPending();

        assertThat(database.sql().queryLong("SELECT count(*) FROM events WHERE id = 'ctx-1'"
                + " AND json_extract_string(attrs, '$.context.library.name') = 'sdk-x'")).isEqualTo(1);
    }

    @Test
    void browsersMayPostFromAnyOriginAfterAPreflight() throws Exception {
        var preflight = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/v1/t"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://shop.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build();

        var response = java.net.http.HttpClient.newHttpClient().send(preflight, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
    }

    @Test
    void aBrowsersPostGetsTheCorsHeaderItsPageNeedsToReadTheAnswer() {
        var response = tracking.post("/v1/t", "text/plain", Tracking.json(Map.of("writeKey", key, "userId", "A", "event", "x",
                "messageId", "cors-1")), "Origin", "https://shop.example");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example");
    }
}
