package dev.outward.inconvenience;

import static dev.outward.events.TestEvent.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.outward.events.TestEvent;
import dev.outward.services.ServiceId;

class ContactRuleTests {

    @RegisterExtension
    final Detector detector = Detector.perTest();

    static TestEvent contact(String id, String time) {
        return of("contact").id(id).at(time).service("svc-" + id).channel("phone");
    }

    @Test
    void aContactExactly168HoursAfterThePreviousIsARepeatTracedToThePreviousContact() {
        detector.given(contact("c1", "2026-03-01T10:00:00Z"), contact("c2", "2026-03-08T10:00:00Z"));

        var repeats = detector.detect("repeat-contact");

        assertThat(repeats).singleElement().satisfies(r -> {
            assertThat(r.event().id()).isEqualTo("c2");
            assertThat(r.cause()).contains(new EventRef("import", "c1"));
            assertThat(r.service()).isEqualTo(new ServiceId("svc-c1"));
            assertThat(r.channel()).contains("phone");
            assertThat(r.time()).isEqualTo("2026-03-08T10:00:00Z");
        });
    }

    @Test
    void aContactOneSecondMoreThan168HoursLaterIsNoRepeat() {
        detector.given(contact("c1", "2026-03-01T10:00:00Z"), contact("c2", "2026-03-08T10:00:01Z"));

        assertThat(detector.detect("repeat-contact")).isEmpty();
    }

    @Test
    void aRepeatIsMeasuredFromThePreviousContactNotTheFirst() {
        detector.given(contact("c1", "2026-03-01T10:00:00Z"), contact("c2", "2026-03-06T10:00:00Z"),
                contact("c3", "2026-03-11T10:00:00Z"));

        assertThat(detector.detect("repeat-contact")).extracting(r -> r.event().id() + "<-" + r.cause().orElseThrow().id())
                .containsExactly("c2<-c1", "c3<-c2");
    }

    @Test
    void outboundAndAbandonedContactsNeitherRepeatNorCountAsThePrevious() {
        detector.given(contact("c1", "2026-03-01T10:00:00Z"),
                contact("out", "2026-03-02T10:00:00Z").attr("direction", "out"),
                contact("gone", "2026-03-03T10:00:00Z").attr("abandoned", true),
                contact("c2", "2026-03-04T10:00:00Z").attr("direction", "in").attr("abandoned", false));

        assertThat(detector.detect("repeat-contact")).extracting(r -> r.event().id() + "<-" + r.cause().orElseThrow().id())
                .containsExactly("c2<-c1");
    }

    @Test
    void contactsAtTheSameTimeAreOrderedById() {
        detector.given(contact("b", "2026-03-01T10:00:00Z"), contact("a", "2026-03-01T10:00:00Z"));

        assertThat(detector.detect("repeat-contact")).extracting(r -> r.event().id() + "<-" + r.cause().orElseThrow().id())
                .containsExactly("b<-a");
    }

    @Test
    void repeatsAreCountedPerCustomer() {
        detector.given(contact("c1", "2026-03-01T10:00:00Z").customer("A"), contact("c2", "2026-03-01T11:00:00Z").customer("B"));

        assertThat(detector.detect("repeat-contact")).isEmpty();
    }

    @Test
    void aWaitOf301SecondsIsLongAnd300IsNot() {
        detector.given(contact("w300", "2026-03-01T10:00:00Z").attr("wait_s", 300),
                contact("w301", "2026-03-10T10:00:00Z").attr("wait_s", 301),
                contact("gone", "2026-03-20T10:00:00Z").attr("wait_s", 900).attr("abandoned", true),
                contact("out", "2026-03-30T10:00:00Z").attr("wait_s", 900).attr("direction", "out"));

        assertThat(detector.detect("long-wait")).extracting(r -> r.event().id()).containsExactly("w301", "gone");
    }

    @Test
    void abandonedCountsOnlyInboundContacts() {
        detector.given(contact("in", "2026-03-01T10:00:00Z").attr("abandoned", true),
                contact("out", "2026-03-10T10:00:00Z").attr("abandoned", true).attr("direction", "out"),
                contact("kept", "2026-03-20T10:00:00Z").attr("abandoned", false));

        assertThat(detector.detect("abandoned-contact")).extracting(r -> r.event().id()).containsExactly("in");
    }

    @Test
    void oneTransferCountsAndOutboundContactsToo() {
        detector.given(contact("t0", "2026-03-01T10:00:00Z").attr("transfers", 0),
                contact("t1", "2026-03-10T10:00:00Z").attr("transfers", 1),
                contact("out", "2026-03-20T10:00:00Z").attr("transfers", 2).attr("direction", "out"));

        assertThat(detector.detect("transfer")).extracting(r -> r.event().id()).containsExactly("t1", "out");
    }

    @Test
    void onlyAContactKnownToBeUnresolvedCounts() {
        detector.given(contact("no", "2026-03-01T10:00:00Z").attr("resolved", false),
                contact("yes", "2026-03-10T10:00:00Z").attr("resolved", true),
                contact("unknown", "2026-03-20T10:00:00Z"));

        assertThat(detector.detect("unresolved-contact")).extracting(r -> r.event().id()).containsExactly("no");
    }

    @Test
    void matchRulesHaveNoCauseAndTraceToTheirOwnEvent() {
        detector.given(contact("c1", "2026-03-01T10:00:00Z").attr("resolved", false).service(null));

        assertThat(detector.detect("unresolved-contact")).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(Optional.empty());
            assertThat(r.service()).isEqualTo(ServiceId.UNATTRIBUTED);
        });
    }
}
