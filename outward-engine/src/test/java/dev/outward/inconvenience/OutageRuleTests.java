package dev.outward.inconvenience;

import static dev.outward.events.TestEvent.of;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.outward.events.TestEvent;

class OutageRuleTests {

    @RegisterExtension
    final Detector detector = Detector.perTest();

    static TestEvent profile(String id, String customer, String time, String area) {
        return of("profile").id(id).customer(customer).at(time).attr("area", area);
    }

    static TestEvent outage(String id, String time, String area) {
        return of("outage").id(id).customer(null).at(time).service("network").attr("area", area);
    }

    @Test
    void anOutageReachesEveryCustomerWhoseProfileIsInItsAreaAtItsTime() {
        detector.given(profile("p1", "A", "2025-01-01T00:00:00Z", "north"), profile("p2", "B", "2025-06-01T00:00:00Z", "north"),
                profile("p3", "C", "2025-01-01T00:00:00Z", "south"), outage("o1", "2026-03-01T10:00:00Z", "north"));

        assertThat(detector.detect("outage")).extracting(r -> r.customer().value() + "@" + r.event().id() + "@" + r.service() + "@" + r.time())
                .containsExactlyInAnyOrder("A@o1@network@2026-03-01T10:00:00Z", "B@o1@network@2026-03-01T10:00:00Z");
    }

    @Test
    void aCustomerWhoMovesBetweenTwoOutagesIsReachedByTheOneInTheAreaOfTheTime() {
        detector.given(profile("p1", "A", "2026-01-01T00:00:00Z", "north"), outage("o1", "2026-02-01T00:00:00Z", "north"),
                profile("p2", "A", "2026-02-15T00:00:00Z", "south"), outage("o2", "2026-03-01T00:00:00Z", "north"),
                outage("o3", "2026-03-01T00:00:00Z", "south"), outage("o0", "2026-02-01T00:00:00Z", "south"));

        assertThat(detector.detect("outage")).extracting(r -> r.event().id()).containsExactlyInAnyOrder("o1", "o3");
    }

    @Test
    void aProfileAtTheOutageTimeCountsAndOneAfterItDoesNot() {
        detector.given(profile("p1", "A", "2026-03-01T10:00:00Z", "north"), profile("p2", "B", "2026-03-01T10:00:01Z", "north"),
                outage("o1", "2026-03-01T10:00:00Z", "north"));

        assertThat(detector.detect("outage")).extracting(r -> r.customer().value()).containsExactly("A");
    }

    @Test
    void theLatestProfileDecidesEvenWhenItStatesNoArea() {
        detector.given(profile("p1", "A", "2026-01-01T00:00:00Z", "north"),
                of("profile").id("p2").customer("A").at("2026-02-01T00:00:00Z").attr("segment", "vip"),
                outage("o1", "2026-03-01T00:00:00Z", "north"));

        assertThat(detector.detect("outage")).isEmpty();
    }

    @Test
    void anOutageWithoutAreaOrACustomerWithoutProfileIsNotReached() {
        detector.given(of("contact").id("c1").customer("A").at("2026-01-01T00:00:00Z"),
                of("outage").id("o1").customer(null).at("2026-03-01T00:00:00Z"), outage("o2", "2026-03-01T00:00:00Z", "north"));

        assertThat(detector.detect("outage")).isEmpty();
    }
}
