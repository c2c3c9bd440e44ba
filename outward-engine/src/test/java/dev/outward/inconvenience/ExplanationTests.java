package dev.outward.inconvenience;

import static dev.outward.events.TestEvent.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.events.CustomerId;

class ExplanationTests {

    @TempDir
    Path tmp;

    @Test
    void aTimelineShowsEveryEventAndEachInconvenienceWithItsRuleAndEvidence() {
        try (var detector = new Detector(tmp)) {
            detector.given(of("profile").id("p1").customer("A").at("2026-01-01T00:00:00Z").attr("area", "north"),
                    of("contact").id("c1").customer("A").at("2026-03-01T10:00:00Z").service("crm"),
                    of("contact").id("c2").customer("A").at("2026-03-02T10:00:00Z").service("crm").attr("wait_s", 301),
                    of("outage").id("o1").customer(null).at("2026-03-03T00:00:00Z").service("network").attr("area", "north"),
                    of("contact").id("x1").customer("B").at("2026-03-02T10:00:00Z"));
            detector.run(DetectionMode.FULL);

            var timeline = new Explanation(detector.store.database, detector.catalog()).of(new CustomerId("A"));

            assertThat(timeline.entries()).extracting(e -> switch (e) {
                case Timeline.EventEntry event -> event.event().id();
                case Timeline.InconvenienceEntry found -> "  " + found.evidence().inconvenience().rule()
                        + found.evidence().cause().map(c -> " caused by " + c.id()).orElse("");
            }).containsExactly("p1", "c1", "c2", "  long-wait", "  repeat-contact caused by c1", "o1", "  outage");
            assertThat(timeline.inconveniences()).allSatisfy(e -> assertThat(e.rule()).isPresent());
            assertThat(timeline.inconveniences().getLast().event().service()).isEqualTo("network");
            assertThat(timeline.truncated()).isFalse();
        }
    }

    @Test
    void aLimitCutsTheHistoryAndSaysSo() {
        try (var detector = new Detector(tmp)) {
            detector.given(of("complaint").id("k1").customer("A"), of("complaint").id("k2").customer("A").at("2026-03-02T10:00:00Z"));
            detector.run(DetectionMode.FULL);

            var timeline = new Explanation(detector.store.database, detector.catalog()).of(new CustomerId("A"), 1);

            assertThat(timeline.events()).extracting(e -> e.id()).containsExactly("k1");
            assertThat(timeline.truncated()).isTrue();
        }
    }
}
