package dev.outward.inconvenience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.events.TestEvent;
import dev.outward.services.ServiceId;

/**
 * The summaries detection keeps give exactly what plain queries over the events and inconveniences give, for
 * random data across a year end (a leap year's day 366 included), refreshed incrementally batch after batch with
 * late arrivals, under random periods, channels, services and segments.
 */
class SummariesTests {

    private static final Instant START = Instant.parse("2024-11-20T00:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void reportAndDashboardsEqualPlainQueriesAfterEveryIncrementalRun() {
        var events = new RandomEvents(7);
        var random = new Random(11);
        try (var detector = new Detector(tmp)) {
            for (int batch = 0; batch < 4; batch++) {
                givenBatch(detector, events, 25L * batch, 350, 20);
                detector.run(DetectionMode.INCREMENTAL);
                assertAgree(detector, filters(random, 12));
            }
            detector.run(DetectionMode.FULL);
            assertAgree(detector, filters(random, 12));
        }
    }

    @Test
    void runsWithinTheLatestWeekAndRunsThatFoldItIntoTheMasksAgreeWithPlainQueries() {
        var events = new RandomEvents(9);
        var random = new Random(19);
        try (var detector = new Detector(tmp)) {
            detector.given(events.between(START, Duration.ofDays(30), 300).toArray(TestEvent[]::new));
            detector.run(DetectionMode.FULL);
            for (int batch = 0; batch < 6; batch++) {
                var from = START.plus(Duration.ofDays(30 + 3L * batch));
                var lines = new ArrayList<>(events.between(from, Duration.ofDays(3), 60));
                lines.addAll(events.between(from.minus(Duration.ofDays(2)), Duration.ofDays(2), 6));
                detector.given(lines.toArray(TestEvent[]::new));
                detector.run(DetectionMode.INCREMENTAL);
                assertAgree(detector, filters(random, 6));
            }
        }
    }

    @Test
    void aLateProfileMovesTheCustomersLaterDaysToItsSegmentUnderEveryFilter() {
        try (var detector = new Detector(tmp)) {
            detector.given(profile("p1", "2024-11-20T00:00:00Z", "home"), contact("c1", "2024-11-25T10:00:00Z"),
                    contact("c2", "2024-12-05T10:00:00Z"), contact("c3", "2024-12-08T10:00:00Z").customer("C2"));
            detector.run(DetectionMode.FULL);
            detector.given(profile("p2", "2024-12-01T00:00:00Z", "vip"), contact("c4", "2024-12-06T10:00:00Z"));
            detector.run(DetectionMode.INCREMENTAL);

            var december = ReportFilter.between(LocalDate.parse("2024-12-01"), LocalDate.parse("2024-12-31"))
                    .channel("phone");
            var billing = new ServiceId("billing");
            assertAgree(detector, List.of(december.segment("home"), december.segment("vip"),
                    december.segment("home").service(billing), december.segment("vip").service(billing), december));
            var report = new Report(detector.store.database, detector.catalog());
            assertThat(report.compute(december.segment("home")).customers().active()).as("C1 is vip from December").isZero();
        }
    }

    @Test
    void allTimeCustomersFollowRunsThatTakeInconveniencesAwayAndEventsThatMoveToAnotherCustomerAndBack() {
        try (var detector = new Detector(tmp)) {
            detector.given(OutageRuleTests.profile("p1", "C1", "2024-11-20T00:00:00Z", "north"),
                    OutageRuleTests.outage("o1", "2024-11-25T08:00:00Z", "north"), contact("c1", "2024-11-26T10:00:00Z"),
                    TestEvent.of("contact").id("a1").at("2024-11-27T10:00:00Z").customer("anon-1").channel("web").attr("wait_s", 900));
            detector.run(DetectionMode.FULL);
            var everyone = List.of(ReportFilter.allTime(), ReportFilter.allTime().from(LocalDate.parse("2024-01-01")));
            assertAgree(detector, everyone);
            assertThat(allTimeCustomers(detector)).as("C1 in the outage's area, anon-1 waited").containsExactly(2L, 2L);

            detector.given(OutageRuleTests.profile("p2", "C1", "2024-11-22T00:00:00Z", "south"));
            detector.run(DetectionMode.INCREMENTAL);
            assertAgree(detector, everyone);
            assertThat(allTimeCustomers(detector)).as("C1 had moved south before the outage").containsExactly(2L, 1L);

            detector.given(TestEvent.of("custom").id("al1").at("2024-11-28T10:00:00Z").customer("C1")
                    .attr("call", "alias").attr("previousId", "anon-1"));
            detector.store.events.applyAliases();
            detector.run(DetectionMode.INCREMENTAL);
            assertAgree(detector, everyone);
            assertThat(allTimeCustomers(detector)).as("anon-1 was C1: one customer, who waited").containsExactly(1L, 1L);

            detector.given(TestEvent.of("visit").id("v1").at("2024-11-29T10:00:00Z").customer("anon-1").channel("web"));
            detector.run(DetectionMode.INCREMENTAL);
            assertAgree(detector, everyone);
            assertThat(allTimeCustomers(detector)).as("anon-1 is back, as someone new").containsExactly(2L, 1L);
        }
    }

    @Test
    void allTimeCustomersOfAChannelCountNewCustomersWhoseKeysOutgrowTheStoredBits() {
        try (var detector = new Detector(tmp)) {
            detector.given(monthOfContacts("C1", "C2", "C3").toArray(TestEvent[]::new));
            detector.run(DetectionMode.FULL);
            detector.given(contact("n4", "2024-12-19T10:00:00Z").customer("C4"), contact("n5", "2024-12-19T11:00:00Z").customer("C5"));
            detector.run(DetectionMode.INCREMENTAL);

            var phone = ReportFilter.allTime().channel("phone");
            assertAgree(detector, List.of(phone, phone.service(new ServiceId("billing")), ReportFilter.allTime()));
            assertThat(new Report(detector.store.database, detector.catalog()).compute(phone).customers().active())
                    .as("three customers' bits had room for four").isEqualTo(5);
        }
    }

    @Test
    void allTimeCustomersOfAChannelLoseOneWhoseSettledEventsMoveToAnotherCustomer() {
        try (var detector = new Detector(tmp)) {
            var events = new ArrayList<>(monthOfContacts("C1"));
            events.add(contact("a1", "2024-11-21T10:00:00Z").customer("anon-1").attr("wait_s", 900));
            detector.given(events.toArray(TestEvent[]::new));
            detector.run(DetectionMode.FULL);
            var phone = ReportFilter.allTime().channel("phone");
            assertAgree(detector, List.of(phone));

            detector.given(TestEvent.of("custom").id("al1").at("2024-12-19T12:00:00Z").customer("C1")
                    .attr("call", "alias").attr("previousId", "anon-1"));
            detector.store.events.applyAliases();
            detector.run(DetectionMode.INCREMENTAL);
            assertAgree(detector, List.of(phone));
            var customers = new Report(detector.store.database, detector.catalog()).compute(phone).customers();
            assertThat(List.of(customers.active(), customers.inconvenienced())).as("anon-1 was C1").containsExactly(1L, 1L);
        }
    }

    @Test
    void allTimeCustomersPerRuleKeepThoseOfTheDaysAFoldMovesIntoTheMasks() {
        try (var detector = new Detector(tmp)) {
            detector.given(contact("c1", "2024-11-20T10:00:00Z").attr("wait_s", 900));
            detector.run(DetectionMode.FULL);
            detector.given(contact("c2", "2024-12-10T10:00:00Z").customer("C2"));
            detector.run(DetectionMode.INCREMENTAL);

            assertThat(CustomerMasks.hitsLine(detector.store.database)).as("the run folded C1's day")
                    .isAfter(LocalDate.parse("2024-11-20"));
            assertAgree(detector, List.of(ReportFilter.allTime()));
            assertThat(new Dashboards(detector.store.database, detector.catalog()).rules(ReportFilter.allTime()))
                    .filteredOn(r -> r.rule().value().equals("long-wait")).extracting(RuleFigures::customers).containsExactly(1L);
        }
    }

    @Test
    void aStoreFromBeforeTheRuleBitsCountsCustomersPerRuleFromTheDaysUntilItsNextRunKeepsThem() {
        var events = new RandomEvents(5);
        try (var detector = new Detector(tmp)) {
            givenBatch(detector, events, 0, 300, 0);
            detector.run(DetectionMode.FULL);
            // as an earlier version left the store: no line and no bits for the rules
            detector.store.database.execute("DELETE FROM mask_lines WHERE name = 'rule_customers'");
            detector.store.database.execute("DELETE FROM value_bits WHERE name = 'rule_customers'");
            assertAgree(detector, List.of(ReportFilter.allTime()));

            givenBatch(detector, events, 25, 100, 10);
            detector.run(DetectionMode.INCREMENTAL);
            assertThat(detector.store.database.sql().queryLong("SELECT count(*) FROM value_bits WHERE name = 'rule_customers'"))
                    .as("kept again").isPositive();
            assertAgree(detector, List.of(ReportFilter.allTime()));
        }
    }

    @Test
    void aPeriodFromTheFirstTallyLeavesOutCustomersSeenOnlyBeforeIt() {
        try (var detector = new Detector(tmp)) {
            detector.given(TestEvent.of("visit").id("v1").at("2024-11-18T10:00:00Z").customer("C2").channel("phone"),
                    contact("c1", "2024-11-20T10:00:00Z"));
            detector.run(DetectionMode.FULL);

            var fromFirstTally = ReportFilter.allTime().from(LocalDate.parse("2024-11-20"));
            var filters = List.of(fromFirstTally, fromFirstTally.channel("phone"), ReportFilter.allTime().channel("phone"));
            assertAgree(detector, filters);
            var report = new Report(detector.store.database, detector.catalog());
            assertThat(filters).extracting(filter -> report.compute(filter).customers().active())
                    .as("C2 only visited, before the first contact").containsExactly(1L, 1L, 2L);
        }
    }

    /** A phone contact every other day for 30 days from 20 November for each customer: weeks before the day rows. */
    private static List<TestEvent> monthOfContacts(String... customers) {
        var events = new ArrayList<TestEvent>();
        for (String customer : customers) {
            for (int day = 0; day < 30; day += 2) {
                events.add(contact(customer + "-" + day, START.plus(Duration.ofDays(day)).plus(Duration.ofHours(10)).toString())
                        .customer(customer));
            }
        }
        return events;
    }

    private static List<Long> allTimeCustomers(Detector detector) {
        var customers = new Report(detector.store.database, detector.catalog()).compute(ReportFilter.allTime()).customers();
        return List.of(customers.active(), customers.inconvenienced());
    }

    private static TestEvent profile(String id, String time, String segment) {
        return TestEvent.of("profile").id(id).at(time).customer("C1").attr("segment", segment);
    }

    private static TestEvent contact(String id, String time) {
        return TestEvent.of("contact").id(id).at(time).customer("C1").channel("phone").service("billing").attr("handle_s", 60);
    }

    @Test
    void fullRunsBetweenIncrementalOnesSummariseTheNewEventsOnlyAndStillAgree() {
        var events = new RandomEvents(5);
        var random = new Random(13);
        try (var detector = new Detector(tmp)) {
            for (int batch = 0; batch < 4; batch++) {
                givenBatch(detector, events, 20L * batch, 300, 25);
                detector.run(batch % 2 == 0 ? DetectionMode.FULL : DetectionMode.INCREMENTAL);
                assertAgree(detector, filters(random, 8));
            }
        }
    }

    @Test
    void aStoreWithTheEarlierTablesWhereViewsNowAreIsSummarisedAfresh() {
        try (var detector = new Detector(tmp)) {
            detector.given(new RandomEvents(3).between(START, Duration.ofDays(60), 300).toArray(TestEvent[]::new));
            detector.store.database.execute("CREATE TABLE daily_events (day DATE, complaints BIGINT)");
            detector.store.database.execute("INSERT INTO daily_events VALUES (DATE '2024-12-01', 99)");
            detector.store.database.execute("CREATE TABLE customer_masks (k INTEGER, word INTEGER, seen BIGINT)");
            detector.store.database.execute("CREATE TABLE inconvenience_days (day DATE, k INTEGER, channel VARCHAR,"
                    + " service VARCHAR, segment VARCHAR, rule VARCHAR)");
            detector.store.database.execute("INSERT INTO inconvenience_days VALUES (DATE '2024-12-01', 1, 'phone', 'crm', NULL, 'complaint')");
            detector.run(DetectionMode.INCREMENTAL);
            assertAgree(detector, filters(new Random(17), 4));
        }
    }

    @Test
    void anEmptyStoreHasEmptyFiguresEverywhere() {
        try (var detector = new Detector(tmp)) {
            var dashboards = new Dashboards(detector.store.database, detector.catalog());
            assertThat(dashboards.weeks(ReportFilter.allTime())).isEmpty();
            assertThat(dashboards.services(ReportFilter.allTime())).isEmpty();
            assertThat(dashboards.rules(ReportFilter.allTime())).allSatisfy(r -> assertThat(r.inconveniences()).isZero());
            assertThat(dashboards.retention(ReportFilter.allTime())).allSatisfy(r -> assertThat(r.customers()).isZero());
            assertThat(dashboards.depth(ReportFilter.allTime())).allSatisfy(r -> assertThat(r.products()).isEmpty());
        }
    }

    /** One import: {@code count} events over 30 days from day {@code day}, and {@code late} ones from the start up to it. */
    private static void givenBatch(Detector detector, RandomEvents events, long day, int count, int late) {
        var lines = new ArrayList<>(events.between(START.plus(Duration.ofDays(day)), Duration.ofDays(30), count));
        lines.addAll(events.between(START, Duration.ofDays(day + 1), late));
        detector.given(lines.toArray(TestEvent[]::new));
    }

    private static void assertAgree(Detector detector, List<ReportFilter> filters) {
        var catalog = detector.catalog();
        var plain = new PlainFigures(detector.store.database, catalog);
        var report = new Report(detector.store.database, catalog);
        var dashboards = new Dashboards(detector.store.database, catalog);
        for (var filter : filters) {
            assertThat(ReportFormats.json(report.compute(filter))).as("report %s", filter)
                    .isEqualTo(ReportFormats.json(plain.report(filter)));
            assertThat(dashboards.weeks(filter)).as("weeks %s", filter).isEqualTo(plain.weeks(filter));
            assertThat(dashboards.services(filter)).as("services %s", filter).isEqualTo(plain.services(filter));
            assertThat(dashboards.rules(filter)).as("rules %s", filter).isEqualTo(plain.rules(filter));
            var ofService = filter.service().isPresent() ? filter : plain.services(filter).stream().findFirst()
                    .map(s -> filter.service(s.service())).orElse(filter.service(new ServiceId("billing")));
            var detail = dashboards.service(ofService, report.compute(ofService.service(null)));
            assertThat(detail.figures()).as("service %s", ofService).isEqualTo(plain.services(ofService).stream().findFirst());
            assertThat(detail.rules()).as("a service's rules %s", ofService).isEqualTo(plain.rules(ofService));
            assertThat(dashboards.retention(filter)).as("retention %s", filter).isEqualTo(plain.retention(filter));
            assertThat(dashboards.depth(filter)).as("depth %s", filter).isEqualTo(plain.depth(filter));
            for (var rule : List.of(new RuleId("repeat-contact"), new RuleId("outage"))) {
                assertThat(dashboards.occurrences(filter, rule, 7)).as("occurrences %s %s", rule, filter)
                        .map(i -> i.customer().value() + " " + i.event().source() + "/" + i.event().id() + " "
                                + java.time.LocalDateTime.ofInstant(i.time(), java.time.ZoneOffset.UTC))
                        .isEqualTo(plain.occurrences(filter, rule, 7));
            }
        }
    }

    /**
     * All time (also as a period from before the data, and with one dimension), a period inside one year, one across
     * the year end, open ends; each with random dimensions.
     */
    private static List<ReportFilter> filters(Random random, int count) {
        var filters = new ArrayList<ReportFilter>();
        filters.add(ReportFilter.allTime());
        filters.add(ReportFilter.allTime().from(LocalDate.parse("2024-01-01"))); // all time too: before the first event
        filters.add(ReportFilter.between(LocalDate.parse("2024-12-30"), LocalDate.parse("2025-01-02")));
        // all time with one dimension: the masks' stored bits of each value beside the day rows
        filters.add(ReportFilter.allTime().channel(pick(random, "phone", "web")));
        filters.add(ReportFilter.allTime().segment(pick(random, "home", "vip")));
        for (int i = filters.size(); i < count; i++) {
            var from = LocalDate.parse("2024-11-15").plusDays(random.nextInt(110));
            var filter = ReportFilter.allTime();
            int period = random.nextInt(4);
            if (period > 0) {
                filter = filter.from(from);
            }
            if (period > 1) {
                filter = filter.to(from.plusDays(random.nextInt(60)));
            }
            if (period == 3) {
                filter = filter.from(null);
            }
            filter = filter.channel(pick(random, "phone", "web", null, null))
                    .service(pick(random, new ServiceId("billing"), ServiceId.UNATTRIBUTED, new ServiceId("network"), null, null))
                    .segment(pick(random, "home", "vip", null, null));
            filters.add(filter);
        }
        return filters;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
