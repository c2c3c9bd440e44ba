package dev.outward.inconvenience;

import static dev.outward.events.TestEvent.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.events.TestEvent;

class IncrementalDetectionTests {

    @TempDir
    Path tmp;

    @Test
    void incrementalRunsAfterEachBatchFindExactlyWhatFullRunsFind() {
        var events = new RandomEvents(42);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (var incremental = new Detector(tmp.resolve("incremental")); var full = new Detector(tmp.resolve("full"))) {
            for (int batch = 0; batch < 8; batch++) {
                // each batch brings mostly newer events, plus a few late arrivals from anywhere in the past
                var lines = new java.util.ArrayList<>(events.between(start.plus(Duration.ofDays(10L * batch)), Duration.ofDays(12), 400));
                lines.addAll(events.between(start, Duration.ofDays(10L * batch + 1), 15));
                var array = lines.toArray(TestEvent[]::new);
                incremental.given(array);
                full.given(array);

                var run = incremental.run(DetectionMode.INCREMENTAL);
                full.run(DetectionMode.FULL);

                assertThat(run.mode()).isEqualTo(batch == 0 ? DetectionMode.FULL : DetectionMode.INCREMENTAL);
                assertThat(rows(incremental)).as("after batch %d", batch).isEqualTo(rows(full));
            }
            assertThat(full.found()).extracting(i -> i.rule().value()).contains("repeat-contact", "channel-switch",
                    "outage", "long-wait", "late-delivery", "missed-appointment");
        }
    }

    @Test
    void aLateProfileChangesWhichLaterOutagesReachTheCustomer() {
        try (var detector = new Detector(tmp)) {
            detector.given(profile("p1", "2026-01-01T00:00:00Z", "north"), outage("o1", "2026-03-01T00:00:00Z", "north"));
            detector.run(DetectionMode.INCREMENTAL);
            assertThat(outages(detector)).containsExactly("o1");

            detector.given(profile("p2", "2026-02-01T00:00:00Z", "south"));
            var run = detector.run(DetectionMode.INCREMENTAL);
            assertThat(run.from()).contains(Instant.parse("2026-02-01T00:00:00Z"));
            assertThat(outages(detector)).isEmpty();

            // the profile that decides lies before the recomputed range
            detector.given(outage("o2", "2026-04-01T00:00:00Z", "south"));
            detector.run(DetectionMode.INCREMENTAL);
            assertThat(outages(detector)).containsExactly("o2");
        }
    }

    @Test
    void anAliasCallTakesTheMatchesOfTheEventsItMovesToTheirNewCustomer() {
        try (var incremental = new Detector(tmp.resolve("incremental")); var full = new Detector(tmp.resolve("full"))) {
            var waited = of("contact").id("w1").customer("anon-1").at("2026-01-05T10:00:00Z").attr("wait_s", 900);
            var alias = of("custom").id("al1").customer("C1").at("2026-01-07T10:00:00Z")
                    .attr("call", "alias").attr("previousId", "anon-1");
            for (var detector : List.of(incremental, full)) {
                detector.given(waited, of("contact").id("c1").customer("C1").at("2026-01-06T10:00:00Z"));
                detector.run(DetectionMode.INCREMENTAL);
                detector.given(alias);
                detector.store.events.applyAliases();
            }
            var run = incremental.run(DetectionMode.INCREMENTAL);
            full.run(DetectionMode.FULL);

            assertThat(run.mode()).isEqualTo(DetectionMode.INCREMENTAL);
            assertThat(rows(incremental)).isEqualTo(rows(full));
            assertThat(incremental.found()).filteredOn(i -> i.rule().value().equals("long-wait"))
                    .extracting(i -> i.customer().value()).containsExactly("C1");
        }
    }

    @Test
    void aRunRewritesOnlyTheInconveniencesThatChanged() {
        try (var incremental = new Detector(tmp.resolve("incremental")); var full = new Detector(tmp.resolve("full"))) {
            for (var detector : List.of(incremental, full)) {
                detector.given(of("contact").id("c1").customer("C1").at("2026-01-01T10:00:00Z"),
                        of("contact").id("c2").customer("C1").at("2026-01-03T10:00:00Z"),
                        of("complaint").id("k1").customer("C1").at("2026-01-03T12:00:00Z"));
                detector.run(DetectionMode.INCREMENTAL);
                // late: itself a repeat of c1, and now the contact c2 repeats
                detector.given(of("contact").id("late").customer("C1").at("2026-01-02T10:00:00Z"));
            }
            var run = incremental.run(DetectionMode.INCREMENTAL);
            full.run(DetectionMode.FULL);

            assertThat(rows(incremental)).isEqualTo(rows(full));
            // c2's repeat-contact goes for one caused by the late contact; the complaint after it stays as it was
            assertThat(run.removed()).isEqualTo(1);
            assertThat(run.added()).isEqualTo(2);
            assertThat(incremental.found()).filteredOn(i -> i.rule().value().equals("repeat-contact"))
                    .extracting(i -> i.event().id() + "<-" + i.cause().orElseThrow().id())
                    .containsExactlyInAnyOrder("late<-c1", "c2<-late");
        }
    }

    /**
     * A run joins the segment only from spans still in force on its first day: a span ending later that day still
     * gives the segment of that day's earlier events, in what the run finds and in what it summarises.
     */
    @Test
    void anEventOfTheRunsFirstDayBeforeASegmentChangeKeepsTheSegmentItHad() {
        try (var incremental = new Detector(tmp.resolve("incremental")); var full = new Detector(tmp.resolve("full"))) {
            for (var detector : List.of(incremental, full)) {
                detector.given(segment("s1", "2026-01-01T00:00:00Z", "home"),
                        of("contact").id("c0").customer("C1").at("2026-01-02T10:00:00Z"));
                detector.run(DetectionMode.INCREMENTAL);
                // w2 repeats w1: followed, on w1's day and in w1's segment
                detector.given(waited("w1", "2026-01-10T08:00:00Z"), segment("s2", "2026-01-10T12:00:00Z", "vip"),
                        waited("w2", "2026-01-10T14:00:00Z"));
            }
            var run = incremental.run(DetectionMode.INCREMENTAL);
            full.run(DetectionMode.FULL);

            assertThat(run.mode()).isEqualTo(DetectionMode.INCREMENTAL);
            assertThat(incremental.found()).filteredOn(i -> i.rule().value().equals("long-wait"))
                    .extracting(i -> i.event().id()).containsExactly("w1", "w2");
            for (String table : List.of("inconveniences", "customer_days", "daily_contacts", "daily_followed")) {
                assertThat(table(incremental, table)).as(table).isEqualTo(table(full, table));
            }
            assertThat(table(incremental, "inconveniences")).filteredOn(row -> row.contains("long-wait"))
                    .allMatch(row -> row.contains(row.contains("|w1|") ? "|home|" : "|vip|"));
            assertThat(table(incremental, "daily_followed")).singleElement().asString().contains("|home|");
        }
    }

    @Test
    void aRunWithNothingNewChangesNothingAndChangedRulesForceAFullRun() {
        try (var detector = new Detector(tmp)) {
            detector.given(of("complaint").id("k1"));
            assertThat(detector.run(DetectionMode.INCREMENTAL).why()).isEqualTo("first run");

            var idle = detector.run(DetectionMode.INCREMENTAL);
            assertThat(idle.why()).isEqualTo("no new events");
            assertThat(idle.added()).isZero();
            assertThat(idle.total()).isEqualTo(1);

            detector.rules("rules:\n  - id: complaint\n    enabled: false\n");
            var changed = detector.run(DetectionMode.INCREMENTAL);
            assertThat(changed.mode()).isEqualTo(DetectionMode.FULL);
            assertThat(changed.why()).startsWith("rules changed");
            assertThat(changed.total()).isZero();
            assertThat(new Detection(detector.store.database, detector.catalog()).history(10))
                    .extracting(DetectionRun::run).containsExactly(3, 2, 1);
        }
    }

    /**
     * Folds replace the day rows' views in the run's transaction: a page reading the masks meanwhile, on its own
     * connection, sees the views of the last committed run and never an error.
     */
    @Test
    void pagesReadWhileRunsFoldTheDayRowsAway() throws Exception {
        var events = new RandomEvents(7);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (var detector = new Detector(tmp)) {
            detector.given(events.between(start, Duration.ofDays(20), 400).toArray(TestEvent[]::new));
            detector.run(DetectionMode.FULL);
            var dashboards = new Dashboards(detector.store.database, detector.catalog());
            String oldestLine = "SELECT min(line) FROM mask_lines";
            var before = detector.store.database.sql().query(oldestLine, row -> row.getObject(1, LocalDate.class)).getFirst();
            var errors = new CopyOnWriteArrayList<Throwable>();
            var reads = new AtomicInteger();
            var stop = new AtomicBoolean();
            var reader = Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    try {
                        dashboards.retention(ReportFilter.allTime());
                        dashboards.depth(ReportFilter.allTime().channel("phone"));
                        reads.incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.add(e);
                    }
                }
            });
            for (int batch = 1; batch <= 5; batch++) {
                detector.given(events.between(start.plus(Duration.ofDays(20L + 10 * batch)), Duration.ofDays(10), 300)
                        .toArray(TestEvent[]::new));
                detector.run(DetectionMode.INCREMENTAL);
            }
            stop.set(true);
            reader.join();

            assertThat(errors).isEmpty();
            assertThat(reads.get()).isPositive();
            assertThat(detector.store.database.sql().query(oldestLine, row -> row.getObject(1, LocalDate.class)).getFirst())
                    .as("folded: every line moved").isAfter(before);
        }
    }

    private static List<String> rows(Detector detector) {
        return table(detector, "inconveniences");
    }

    private static List<String> table(Detector detector, String table) {
        return detector.store.database.sql().query("SELECT * FROM " + table + " ORDER BY ALL", row -> {
            var text = new StringBuilder();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                text.append(row.getString(i)).append('|');
            }
            return text.toString();
        });
    }

    private static List<String> outages(Detector detector) {
        return detector.found().stream().filter(i -> i.rule().value().equals("outage")).map(i -> i.event().id()).toList();
    }

    private static TestEvent profile(String id, String time, String area) {
        return of("profile").id(id).customer("A").at(time).attr("area", area);
    }

    private static TestEvent segment(String id, String time, String segment) {
        return of("profile").id(id).customer("C1").at(time).attr("segment", segment);
    }

    private static TestEvent waited(String id, String time) {
        return of("contact").id(id).customer("C1").at(time).attr("wait_s", 900);
    }

    private static TestEvent outage(String id, String time, String area) {
        return of("outage").id(id).customer(null).at(time).attr("area", area);
    }
}
