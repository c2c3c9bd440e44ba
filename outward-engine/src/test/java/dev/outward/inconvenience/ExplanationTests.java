package dev.outward.inconvenience;

import static dev.outward.events.TestEvent.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.events.CustomerId;
import dev.outward.events.TestEvent;

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

    @Test
    void aLongHistoryIsShownTheLatestPageFirstAndPagesBackToItsStartWithNothingLeftOut() {
        try (var detector = new Detector(tmp)) {
            // contacts on days 0 to 7 (repeat contacts from the second on), two of them at the same time on day 4
            detector.given(of("contact").id("c0").customer(CUSTOMER.value()).at("2026-02-28T10:00:00Z"),
                    contact("c1", "01"), contact("c2", "02"), contact("c3", "03"), contact("c4a", "04"),
                    contact("c4b", "04"), contact("c5", "05"), contact("c6", "06"), contact("c7", "07"));
            detector.run(DetectionMode.FULL);
            var explanation = new Explanation(detector.store.database, detector.catalog());
            var whole = explanation.of(CUSTOMER);

            var latest = explanation.latest(CUSTOMER, 3, Optional.empty());
            assertThat(ids(latest)).containsExactly("c5", "c6", "c7");
            assertThat(latest.earlier()).contains(Instant.parse("2026-03-05T10:00:00Z"));
            var before = explanation.latest(CUSTOMER, 3, latest.earlier());
            assertThat(ids(before)).as("both events at the page's first time").containsExactly("c3", "c4a", "c4b");
            var first = explanation.latest(CUSTOMER, 3, before.earlier());
            assertThat(ids(first)).containsExactly("c0", "c1", "c2");
            assertThat(first.earlier()).as("exactly a page was left: nothing before it").isEmpty();

            var pages = List.of(first, before, latest);
            assertThat(pages.stream().flatMap(page -> page.entries().stream()).map(ExplanationTests::line))
                    .containsExactlyElementsOf(whole.entries().stream().map(ExplanationTests::line).toList());
        }
    }

    @Test
    void aPageGivesTheCauseOfItsInconveniencesThoughTheCauseIsOnThePageBefore() {
        try (var detector = new Detector(tmp)) {
            detector.given(contact("c1", "01"), contact("c2", "02"), contact("c3", "03"));
            detector.run(DetectionMode.FULL);

            var latest = new Explanation(detector.store.database, detector.catalog()).latest(CUSTOMER, 1, Optional.empty());

            assertThat(ids(latest)).containsExactly("c3");
            assertThat(latest.inconveniences()).singleElement()
                    .satisfies(found -> assertThat(found.cause().map(cause -> cause.id())).contains("c2"));
        }
    }

    @Test
    void eventsImportedSinceTheLastDetectionRunAreOnTheLatestPage() {
        try (var detector = new Detector(tmp)) {
            detector.given(contact("c1", "01"), contact("c2", "02"), contact("c3", "03"));
            detector.run(DetectionMode.FULL);
            detector.given(contact("c9", "09"));

            var latest = new Explanation(detector.store.database, detector.catalog()).latest(CUSTOMER, 2, Optional.empty());

            assertThat(ids(latest)).containsExactly("c2", "c3", "c9");
        }
    }

    private static final CustomerId CUSTOMER = new CustomerId("A");

    private static TestEvent contact(String id, String day) {
        return of("contact").id(id).customer(CUSTOMER.value()).at("2026-03-" + day + "T10:00:00Z");
    }

    private static List<String> ids(Timeline timeline) {
        return timeline.events().stream().map(e -> e.id()).toList();
    }

    private static String line(Timeline.Entry entry) {
        return switch (entry) {
            case Timeline.EventEntry event -> event.event().id();
            case Timeline.InconvenienceEntry found -> found.evidence().inconvenience().rule() + " on "
                    + found.evidence().inconvenience().event().id()
                    + found.evidence().cause().map(c -> " caused by " + c.id()).orElse("");
        };
    }
}
