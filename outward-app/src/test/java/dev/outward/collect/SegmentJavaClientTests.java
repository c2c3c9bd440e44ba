package dev.outward.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.TrackMessage;

import dev.outward.OutwardApplication;
import dev.outward.TempDataDir;
import dev.outward.events.SourceName;
import dev.outward.store.Database;

/** The real Segment Java SDK (analytics 3.5.4), unmodified, pointed at a running Outward. */
@SpringBootTest(classes = OutwardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "outward.collect.apply-every=200ms"})
@ContextConfiguration(initializers = TempDataDir.class)
class SegmentJavaClientTests {

    private static final int CUSTOMERS = 500;
    private static final int TRACKS = 10_000;
    private static final int RESENT = 400;

    @LocalServerPort
    int port;
    @Autowired
    SourceKeys keys;
    @Autowired
    Applier applier;
    @Autowired
    Database database;

    @Test
    void tenThousandTracksAndIdentifiesWithResentMessageIdsStoreExactlyTheUniqueEvents() throws Exception {
        String key = keys.create(new SourceName("java-sdk"));
        int messages = CUSTOMERS + TRACKS + RESENT;
        var done = new CountDownLatch(messages);
        var failures = new AtomicInteger();
        var analytics = Analytics.builder(key).endpoint("http://127.0.0.1:" + port).flushQueueSize(250)
                .flushInterval(1, TimeUnit.SECONDS).callback(new Callback() {
                    @Override
                    public void success(Message message) {
                        done.countDown();
                    }

                    @Override
                    public void failure(Message message, Throwable error) {
                        failures.incrementAndGet();
                        done.countDown();
                    }
                }).build();

        for (int c = 0; c < CUSTOMERS; c++) {
            analytics.enqueue(IdentifyMessage.builder().userId("C-" + c).messageId("identify-" + c)
                    .traits(Map.of("area", "area-" + (c % 7), "segment", c % 2 == 0 ? "residential" : "business")));
        }
        for (int i = 0; i < TRACKS; i++) {
            analytics.enqueue(track(i));
        }
        for (int i = 0; i < RESENT; i++) {
            analytics.enqueue(track(i * 17 % TRACKS)); // the same messageIds again, as a retrying SDK would
        }
        analytics.flush();
        assertThat(done.await(60, TimeUnit.SECONDS)).as("every message answered").isTrue();
        analytics.shutdown();
        applier.applyPending();

        var sql = database.sql();
        assertThat(failures.get()).isZero();
        assertThat(sql.queryLong("SELECT count(*) FROM events WHERE source = 'java-sdk'")).isEqualTo(CUSTOMERS + TRACKS);
        assertThat(sql.queryLong("SELECT count(*) FROM events WHERE source = 'java-sdk' AND type = 'profile'"
                + " AND area LIKE 'area-%' AND segment IN ('residential', 'business')")).isEqualTo(CUSTOMERS);
        assertThat(sql.queryLong("SELECT count(DISTINCT id) FROM events WHERE source = 'java-sdk' AND type = 'contact'")).isEqualTo(TRACKS);
        assertThat(sql.queryLong("SELECT count(*) FROM events WHERE id = 'track-1234' AND customer = 'C-" + (1234 % CUSTOMERS)
                + "' AND type = 'contact' AND channel = 'phone' AND service = 'billing' AND wait_s = " + (1234 % 600)
                + " AND resolved = false")).isEqualTo(1);
    }

    private static TrackMessage.Builder track(int i) {
        return TrackMessage.builder("contact").userId("C-" + (i % CUSTOMERS)).messageId("track-" + i)
                .properties(Map.of("channel", "phone", "service", "billing", "wait_s", i % 600, "resolved", i % 2 == 1));
    }
}
