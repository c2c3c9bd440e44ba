package dev.outward.inconvenience;

import static dev.outward.events.TestEvent.of;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.outward.events.TestEvent;
import dev.outward.services.ServiceId;

class ChannelSwitchTests {

    @RegisterExtension
    final Detector detector = Detector.perTest();

    static TestEvent failedVisit(String id, String time) {
        return of("visit").id(id).at(time).service("portal-" + id).channel("web").attr("outcome", "failed");
    }

    static TestEvent call(String id, String time) {
        return of("contact").id(id).at(time).service("crm").channel("phone");
    }

    @Test
    void failedVisitsAndErrorsAreSelfServiceFailuresButOtherVisitsAreNot() {
        detector.given(failedVisit("v1", "2026-03-01T10:00:00Z"),
                of("visit").id("ok").attr("outcome", "ok"), of("visit").id("left").attr("outcome", "abandoned"),
                of("visit").id("plain"), of("error").id("err").attr("code", 500));

        assertThat(detector.detect("self-service-failure")).extracting(r -> r.event().id()).containsExactly("v1", "err");
    }

    @Test
    void aCallExactly24HoursAfterAFailureIsAChannelSwitchTracedToTheFailure() {
        detector.given(failedVisit("v1", "2026-03-01T10:00:00Z"), call("c1", "2026-03-02T10:00:00Z"));

        assertThat(detector.detect("channel-switch")).singleElement().satisfies(s -> {
            assertThat(s.event().id()).isEqualTo("c1");
            assertThat(s.cause().orElseThrow().id()).isEqualTo("v1");
            assertThat(s.service()).isEqualTo(new ServiceId("portal-v1"));
            assertThat(s.channel()).contains("phone");
        });
    }

    @Test
    void aCallOneSecondMoreThan24HoursLaterIsNoSwitch() {
        detector.given(failedVisit("v1", "2026-03-01T10:00:00Z"), call("c1", "2026-03-02T10:00:01Z"));

        assertThat(detector.detect("channel-switch")).isEmpty();
    }

    @Test
    void aCallAfterTwoFailuresCountsOnceTracedToTheLatest() {
        detector.given(failedVisit("v1", "2026-03-01T10:00:00Z"),
                of("error").id("e2").at("2026-03-01T12:00:00Z").service("payments"),
                call("c1", "2026-03-01T13:00:00Z"));

        assertThat(detector.detect("channel-switch")).singleElement().satisfies(s -> {
            assertThat(s.cause().orElseThrow().id()).isEqualTo("e2");
            assertThat(s.service()).isEqualTo(new ServiceId("payments"));
        });
    }

    @Test
    void outboundAbandonedAndEarlierCallsAreNoSwitch() {
        detector.given(call("before", "2026-03-01T09:00:00Z"), failedVisit("v1", "2026-03-01T10:00:00Z"),
                call("out", "2026-03-01T11:00:00Z").attr("direction", "out"),
                call("gone", "2026-03-01T12:00:00Z").attr("abandoned", true),
                call("other", "2026-03-01T12:00:00Z").customer("B-2"));

        assertThat(detector.detect("channel-switch")).isEmpty();
    }

    @Test
    void twoCallsAfterOneFailureAreTwoSwitches() {
        detector.given(failedVisit("v1", "2026-03-01T10:00:00Z"), call("c1", "2026-03-01T11:00:00Z"),
                call("c2", "2026-03-01T12:00:00Z"));

        assertThat(detector.detect("channel-switch")).extracting(s -> s.event().id() + "<-" + s.cause().orElseThrow().id())
                .containsExactly("c1<-v1", "c2<-v1");
    }
}
