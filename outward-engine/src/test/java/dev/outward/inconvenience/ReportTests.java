package dev.outward.inconvenience;

import static dev.outward.events.TestEvent.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.outward.events.TestEvent;
import dev.outward.services.ServiceId;

class ReportTests {

    private static final ReportFilter MARCH = ReportFilter.between(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));

    @RegisterExtension
    final Detector detector = Detector.perTest();

    /**
     * March: A calls three times (c2 repeats c1; c4 is repeated by c5 in April), B abandons a long wait, calls out
     * and complains, C gets an estimated bill, D (profile from January) is hit by an outage, F only visits.
     * E complains in February only.
     */
    private void givenMarch() {
        detector.given(call("c1", "A", "2026-03-01T10:00:00Z", "crm", 100), call("c2", "A", "2026-03-03T10:00:00Z", "crm", 200),
                call("c4", "A", "2026-03-30T10:00:00Z", "crm", 300), call("c5", "A", "2026-04-02T10:00:00Z", "crm", 50),
                call("b1", "B", "2026-03-05T10:00:00Z", "phone-system", 0).attr("abandoned", true).attr("wait_s", 400),
                call("b2", "B", "2026-03-06T10:00:00Z", "phone-system", 60).attr("direction", "out"),
                of("complaint").id("k1").customer("B").at("2026-03-07T10:00:00Z").service("billing"),
                of("bill").id("bill1").customer("C").at("2026-03-10T10:00:00Z").service("billing").attr("status", "estimated"),
                of("profile").id("p1").customer("D").at("2026-01-01T00:00:00Z").attr("area", "north"),
                of("outage").id("o1").customer(null).at("2026-03-15T00:00:00Z").service("network").attr("area", "north"),
                of("complaint").id("k0").customer("E").at("2026-02-10T10:00:00Z"),
                of("visit").id("v1").customer("F").at("2026-03-31T23:59:59Z").attr("outcome", "ok"));
        detector.run(DetectionMode.FULL);
    }

    private static TestEvent call(String id, String customer, String time, String service, int handleSeconds) {
        return of("contact").id(id).customer(customer).at(time).service(service).attr("handle_s", handleSeconds);
    }

    private Report report() {
        return new Report(detector.store.database, detector.catalog());
    }

    @Test
    void theMarchReportHasTheHandComputedFiguresInTheDocumentedJsonShape() {
        givenMarch();

        String json = ReportFormats.json(report().compute(MARCH));

        assertThat(json).isEqualTo("""
                {"from":"2026-03-01","to":"2026-03-31","customers":{"active":5,"inconvenienced":4},\
                "inconveniences":{"total":6,"per_1000_customers":1200.0,"by_rule":{"repeat-contact":1,"long-wait":1,\
                "abandoned-contact":1,"transfer":0,"unresolved-contact":0,"self-service-failure":0,"channel-switch":0,\
                "failed-payment":0,"bill-problem":1,"late-delivery":0,"cancelled-order":0,"missed-appointment":0,"outage":1,\
                "complaint":1},"by_service":{"billing":2,"phone-system":2,"crm":1,"network":1}},"complaints":1,\
                "inconveniences_per_complaint":6.0,"contacts":{"inbound":4,"served":3,"aht_s":200.0,"fcr":0.3333,\
                "repeat_rate":0.3333}}""");
    }

    @Test
    void aServiceAChannelOrASegmentNarrowsEveryFigureToTheEventsAndInconveniencesInIt() {
        givenMarch();
        detector.given(of("profile").id("pa").customer("A").at("2026-02-01T00:00:00Z").attr("segment", "home"),
                of("profile").id("pc").customer("C").at("2026-03-12T00:00:00Z").attr("segment", "business"));
        detector.run(DetectionMode.INCREMENTAL);

        var billing = report().compute(MARCH.service(new dev.outward.services.ServiceId("billing")));
        assertThat(billing.inconveniences().total()).isEqualTo(2); // C's estimated bill, B's complaint
        assertThat(billing.customers()).isEqualTo(new ReportFigures.Customers(2, 2));
        assertThat(billing.complaints()).isEqualTo(1);
        assertThat(billing.contacts().inbound()).isZero();

        // A is "home" from February: their three March calls and the repeat among them
        var home = report().compute(MARCH.segment("home"));
        assertThat(home.inconveniences().byRule()).containsEntry(new RuleId("repeat-contact"), 1L);
        assertThat(home.inconveniences().total()).isEqualTo(1);
        assertThat(home.customers().active()).isEqualTo(1);
        assertThat(home.contacts().served()).isEqualTo(3);
        // C's bill came two days before C's profile said "business"
        assertThat(report().compute(MARCH.segment("business")).inconveniences().total()).isZero();
        assertThat(report().compute(MARCH.channel("nowhere")).customers().active()).isZero();
    }

    @Test
    void withoutDatesTheReportCoversAllTimeWithNullDates() {
        givenMarch();

        var all = report().compute(ReportFilter.allTime());

        assertThat(ReportFormats.json(all)).startsWith("{\"from\":null,\"to\":null,\"customers\":{\"active\":6,\"inconvenienced\":5}");
        assertThat(all.inconveniences().total()).isEqualTo(8);
        assertThat(all.complaints()).isEqualTo(2);
        assertThat(all.contacts().served()).isEqualTo(4);
        assertThat(all.contacts().fcr()).hasValue(0.5);
    }

    @Test
    void anEmptyStoreReportsZerosAndNullRatios() {
        var empty = report().compute(ReportFilter.allTime());

        assertThat(ReportFormats.json(empty)).contains("\"per_1000_customers\":null", "\"inconveniences_per_complaint\":null",
                "\"aht_s\":null", "\"fcr\":null", "\"by_service\":{}", "\"transfer\":0");
    }

    @Test
    void csvListsEveryMetricByPath() {
        givenMarch();
        var march = report().compute(MARCH);

        assertThat(ReportFormats.csv(march)).startsWith("metric,value\nfrom,2026-03-01\n")
                .contains("inconveniences.by_rule.repeat-contact,1\n", "contacts.fcr,0.3333\n");
    }

    @Test
    void theTableIsForAPersonSectionsAlignedFiguresGroupedIntegersAndPercentages() {
        givenMarch();

        String table = ReportFormats.table(report().compute(MARCH), MARCH);

        assertThat(table.lines().toList()).startsWith(
                "Period from 2026-03-01 to 2026-03-31 (inclusive, UTC)",
                "Customers",
                "  active                              5",
                "  inconvenienced                      4",
                "Inconveniences                        6",
                "  per 1,000 customers           1,200.0",
                "  per complaint                     6.0",
                "  by rule",
                "    repeat-contact                    1");
        assertThat(table.lines().toList()).endsWith(
                "  by service",
                "    billing                           2",
                "    phone-system                      2",
                "    crm                               1",
                "    network                           1",
                "Complaints                            1",
                "Contacts",
                "  inbound                             4",
                "  served                              3",
                "  average handle time (s)         200.0",
                "  first-contact resolution (%)     33.3",
                "  repeat rate (%)                  33.3");
    }

    @Test
    void theTableShowsADashForARatioWithoutADenominatorAndAllTimeWithoutDates() {
        String table = ReportFormats.table(report().compute(ReportFilter.allTime()), ReportFilter.allTime());

        assertThat(table.lines().toList()).first().isEqualTo("Period all time (UTC)");
        assertThat(table.lines().toList()).contains("  per complaint                 -", "  first-contact resolution (%)  -");
    }

    @Test
    void theTableOfAFilteredReportSaysWhichChannelSegmentAndServiceItCountsOnly() {
        givenMarch();
        var filter = MARCH.channel("phone").service(new ServiceId("billing"));

        String table = ReportFormats.table(report().compute(filter), filter);

        assertThat(table.lines().limit(2).toList()).containsExactly("Period from 2026-03-01 to 2026-03-31 (inclusive, UTC)",
                "Only channel phone, service billing");
        assertThat(ReportFormats.table(report().compute(MARCH), MARCH).lines().skip(1).findFirst()).hasValue("Customers");
    }
}
