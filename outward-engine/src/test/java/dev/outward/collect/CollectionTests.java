package dev.outward.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.outward.events.SourceName;
import dev.outward.events.TestStore;

class CollectionTests {

    private static final SourceName WEB = new SourceName("web");
    private static final Instant RECEIVED = Instant.parse("2026-03-01T12:00:00Z");

    @RegisterExtension
    final TestStore store = TestStore.perTest();
    Collection collection;

    @BeforeEach
    void open() {
        collection = new Collection(store.database.dataDir(), CollectSettings.defaults());
    }

    @AfterEach
    void close() throws Exception {
        collection.close();
    }

    private Acceptance send(String defaultType, Map<String, Object>... messages) {
        return collection.accept(WEB, new Calls(List.of(messages), defaultType, Map.of(), null, RECEIVED));
    }

    private long applied() {
        return collection.applier(store.events).applyPending();
    }

    @Test
    void aTrackNamedAfterAnOutwardTypeBecomesThatEventWithFieldsAndTypedAttrs() {
        send("track", Map.of("messageId", "m1", "userId", "A-1", "event", "contact", "timestamp", "2026-03-01T10:00:00Z",
                "properties", Map.of("channel", "phone", "service", "billing", "wait_s", 420, "transfers", 1)));

        assertThat(applied()).isEqualTo(1);
        assertThat(store.count("SELECT count(*) FROM events WHERE id = 'm1' AND source = 'web' AND customer = 'A-1'"
                + " AND type = 'contact' AND channel = 'phone' AND service = 'billing' AND wait_s = 420 AND transfers = 1"
                + " AND time = TIMESTAMP '2026-03-01 10:00:00'")).isEqualTo(1);
    }

    @Test
    void aMappedTrackBecomesTheMappedEvent() {
        collection.mappings().save(WEB, """
                events:
                  Payment Failed:
                    type: payment
                    attrs: {status: failed}
                    properties: {total: amount}
                    service: system
                """);
        send("track", Map.of("messageId", "m2", "userId", "A-2", "event", "Payment Failed",
                "properties", Map.of("total", 42.5, "system", "payments")));

        applied();

        assertThat(store.count("SELECT count(*) FROM events WHERE type = 'payment' AND status = 'failed' AND amount = 42.5"
                + " AND service = 'payments'")).isEqualTo(1);
    }

    @Test
    void anIdentifyBecomesAProfileKeepingOtherTraits() {
        send("identify", Map.of("messageId", "m3", "userId", "A-3", "traits", Map.of("area", "north-01", "segment", "residential", "plan", "gold")));

        applied();

        assertThat(store.count("SELECT count(*) FROM events WHERE type = 'profile' AND area = 'north-01'"
                + " AND segment = 'residential' AND json_extract_string(attrs, '$.plan') = 'gold'")).isEqualTo(1);
    }

    @Test
    void unmappedTracksAndPagesAreKeptAsCustomEventsWithTheBatchContextMergedIn() {
        collection.accept(WEB, new Calls(List.of(
                Map.of("type", "track", "messageId", "m4", "anonymousId", "anon-1", "event", "Clicked Banner"),
                Map.of("type", "page", "messageId", "m5", "anonymousId", "anon-1", "name", "Pricing", "context", Map.of("locale", "en"))),
                "batch", Map.of("library", Map.of("name", "analytics-java"), "locale", "nl"), null, RECEIVED));

        applied();

        assertThat(store.count("SELECT count(*) FROM events WHERE type = 'custom' AND customer = 'anon-1'")).isEqualTo(2);
        assertThat(store.count("SELECT count(*) FROM events WHERE id = 'm5' AND channel = 'web'"
                + " AND json_extract_string(attrs, '$.context.locale') = 'en'"
                + " AND json_extract_string(attrs, '$.context.library.name') = 'analytics-java'")).isEqualTo(1);
    }

    @Test
    void aCallNamingNoCustomerIsRefusedWithItsIndexAndKeptInTheQuarantine() {
        var acceptance = send("track", Map.of("messageId", "ok", "userId", "A", "event", "x"), Map.of("messageId", "nobody", "event", "x"));

        applied();

        assertThat(acceptance.accepted()).isEqualTo(1);
        assertThat(acceptance.refused()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(1);
            assertThat(r.reason()).contains("neither userId nor anonymousId");
        });
        assertThat(store.count("SELECT count(*) FROM quarantine WHERE source = 'web' AND reason LIKE 'neither userId%'"
                + " AND raw LIKE '%nobody%'")).isEqualTo(1);
    }

    @Test
    void aCallWhoseEventBreaksTheFormatIsRefusedAtOnce() {
        var acceptance = send("track", Map.of("messageId", "m6", "userId", "A", "event", "contact", "properties", Map.of("wait_s", "long")));

        assertThat(acceptance.refused()).singleElement().extracting(Refusal::reason).asString().startsWith("attrs.wait_s");
    }

    @Test
    void timeFollowsSegmentsRule() {
        send("track",
                Map.of("messageId", "t1", "userId", "A", "event", "x", "timestamp", "2026-03-01T09:00:00+01:00"),
                Map.of("messageId", "t2", "userId", "A", "event", "x", "originalTimestamp", "2026-03-01T11:00:00Z",
                        "sentAt", "2026-03-01T11:00:30Z"),
                Map.of("messageId", "t3", "userId", "A", "event", "x"));

        applied();

        assertThat(store.database.sql().query("SELECT id, strftime(time, '%H:%M:%S') FROM events ORDER BY id",
                row -> row.getString(1) + " " + row.getString(2))).containsExactly("t1 08:00:00", "t2 11:59:30", "t3 12:00:00");
    }

    @Test
    void resentMessageIdsAreStoredOnceHoweverLate() {
        var message = Map.<String, Object>of("messageId", "dup", "userId", "A", "event", "complaint");
        send("track", message, message);
        applied();
        send("track", message);
        applied();

        assertThat(store.count("SELECT count(*) FROM events WHERE id = 'dup'")).isEqualTo(1);
    }

    @Test
    void acknowledgedCallsSurviveARestartBeforeTheyWereApplied() throws Exception {
        send("track", Map.of("messageId", "w1", "userId", "A", "event", "complaint"));
        collection.close();

        collection = new Collection(store.database.dataDir(), CollectSettings.defaults());
        var applier = collection.applier(store.events);

        assertThat(collection.pending()).isEqualTo(1);
        assertThat(applier.applyPending()).isEqualTo(1);
        assertThat(collection.pending()).isZero();
    }

    @Test
    void anAliasMovesTheAnonymousHistoryToTheUser() {
        send("track", Map.of("messageId", "a1", "anonymousId", "anon-9", "event", "complaint"));
        send("alias", Map.of("messageId", "a2", "userId", "A-9", "previousId", "anon-9"));

        applied();

        assertThat(store.count("SELECT count(*) FROM events WHERE customer = 'anon-9'")).isZero();
        assertThat(store.count("SELECT count(*) FROM events WHERE customer = 'A-9' AND type = 'complaint'")).isEqualTo(1);
    }

    @Test
    void moreWaitingThanTheLimitIsRefusedAsOverloadRatherThanAccepted() {
        collection = new Collection(store.database.dataDir().resolve("small"), new CollectSettings(Duration.ofSeconds(1), 1, 2, 3));
        send("track", Map.of("messageId", "o1", "userId", "A", "event", "x"), Map.of("messageId", "o2", "userId", "A", "event", "x"));

        assertThatThrownBy(() -> send("track", Map.of("messageId", "o3", "userId", "A", "event", "x")))
                .isInstanceOf(Overloaded.class).hasMessageContaining("retry in 3 s");
    }
}
