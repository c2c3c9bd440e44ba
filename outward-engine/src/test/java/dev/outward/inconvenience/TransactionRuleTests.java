package dev.outward.inconvenience;

import static dev.outward.events.TestEvent.of;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransactionRuleTests {

    @RegisterExtension
    final Detector detector = Detector.perTest();

    @Test
    void onlyFailedPaymentsCount() {
        detector.given(of("payment").id("bad").attr("status", "failed"), of("payment").id("good").attr("status", "ok"),
                of("payment").id("unknown"));

        assertThat(detector.detect("failed-payment")).extracting(r -> r.event().id()).containsExactly("bad");
    }

    @Test
    void estimatedAndCorrectedBillsCountButIssuedOnesDoNot() {
        detector.given(of("bill").id("est").attr("status", "estimated"), of("bill").id("cor").attr("status", "corrected"),
                of("bill").id("iss").attr("status", "issued"));

        assertThat(detector.detect("bill-problem")).extracting(r -> r.event().id()).containsExactlyInAnyOrder("est", "cor");
    }

    @Test
    void aDeliveryAtThePromisedTimeIsOnTimeAndOneSecondLaterIsLate() {
        detector.given(
                of("delivery").id("on-time").at("2026-03-01T18:00:00Z").attr("promised", "2026-03-01T18:00:00Z"),
                of("delivery").id("late").at("2026-03-01T18:00:01Z").attr("promised", "2026-03-01T18:00:00Z"),
                of("delivery").id("offset").at("2026-03-01T19:00:01+01:00").attr("promised", "2026-03-01T18:00:00Z"),
                of("delivery").id("no-promise").at("2026-03-09T18:00:00Z"));

        assertThat(detector.detect("late-delivery")).extracting(r -> r.event().id()).containsExactly("late", "offset");
    }

    @Test
    void anOrderCancelledByAnyoneButTheCustomerCounts() {
        detector.given(of("order").id("company").attr("status", "cancelled").attr("by", "company"),
                of("order").id("unknown").attr("status", "cancelled"),
                of("order").id("customer").attr("status", "cancelled").attr("by", "customer"),
                of("order").id("placed").attr("status", "placed").attr("by", "company"));

        assertThat(detector.detect("cancelled-order")).extracting(r -> r.event().id())
                .containsExactlyInAnyOrder("company", "unknown");
    }

    @Test
    void aMissedAppointmentCountsAndARescheduleCountsUnlessTheCustomerAskedForIt() {
        detector.given(of("appointment").id("missed").attr("status", "missed").attr("by", "customer"),
                of("appointment").id("moved-by-us").attr("status", "rescheduled").attr("by", "company"),
                of("appointment").id("moved-unknown").attr("status", "rescheduled"),
                of("appointment").id("moved-by-customer").attr("status", "rescheduled").attr("by", "customer"),
                of("appointment").id("kept").attr("status", "kept"));

        assertThat(detector.detect("missed-appointment")).extracting(r -> r.event().id())
                .containsExactlyInAnyOrder("missed", "moved-by-us", "moved-unknown");
    }

    @Test
    void everyComplaintCounts() {
        detector.given(of("complaint").id("k1").service("billing"), of("survey").id("s1").attr("score", 0));

        assertThat(detector.detect("complaint")).extracting(r -> r.event().id() + "@" + r.service()).containsExactly("k1@billing");
    }
}
