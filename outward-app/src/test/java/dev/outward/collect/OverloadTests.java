package dev.outward.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import dev.outward.OutwardApplication;
import dev.outward.TempDataDir;
import dev.outward.events.SourceName;
import dev.outward.store.Database;

/** When the store falls behind, senders are told to retry (429) instead of being accepted and then dropped. */
@SpringBootTest(classes = OutwardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "outward.collect.apply-every=1h", "outward.collect.segment-events=2",
                "outward.collect.max-pending=4", "outward.collect.retry-after-seconds=7"})
@ContextConfiguration(initializers = TempDataDir.class)
class OverloadTests {

    @LocalServerPort
    int port;
    @Autowired
    SourceKeys keys;
    @Autowired
    Applier applier;
    @Autowired
    Database database;

    @Test
    void beyondThePendingLimitRequestsGet429WithRetryAfterAndEverythingAcknowledgedIsStored() {
        var tracking = new Tracking(port);
        String key = keys.create(new SourceName("busy"));
        int acknowledged = 0;
        java.net.http.HttpResponse<String> response = null;
        for (int i = 0; i < 10; i++) {
            response = tracking.postJson("/v1/batch", Map.of("batch", List.of(
                    Map.of("type", "track", "userId", "A", "event", "complaint", "messageId", "o" + i))), key);
            if (response.statusCode() != 200) {
                break;
            }
            acknowledged++;
        }

        assertThat(acknowledged).isEqualTo(4);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        applier.applyPending();
        assertThat(database.sql().queryLong("SELECT count(*) FROM events WHERE source = 'busy'")).isEqualTo(4);
        assertThat(tracking.postJson("/v1/track", Map.of("userId", "A", "event", "complaint", "messageId", "after"), key)
                .statusCode()).isEqualTo(200);
    }
}
