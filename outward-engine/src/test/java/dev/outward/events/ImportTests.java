package dev.outward.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImportTests {

    @RegisterExtension
    final TestStore store = TestStore.perTest();

    @Test
    void validLinesAreStoredWithTypedAttributesInUtc() {
        var result = store.importLines("a.ndjson",
                TestEvent.of("contact").id("c1").at("2026-03-01T11:15:00+01:00").service("billing")
                        .attr("wait_s", 301).attr("transfers", 1).attr("resolved", false).attr("queue", "vip").json(),
                TestEvent.of("outage").id("o1").customer(null).attr("area", "north-01").attr("end", "2026-03-01T12:00:00Z").json());

        assertThat(result.stored()).isEqualTo(2);
        assertThat(result.clean()).isTrue();
        assertThat(store.count("SELECT count(*) FROM events WHERE id = 'c1' AND time = TIMESTAMP '2026-03-01 10:15:00'"
                + " AND wait_s = 301 AND transfers = 1 AND NOT resolved AND (attrs->>'queue') = 'vip'")).isEqualTo(1);
        assertThat(store.count("SELECT count(*) FROM events WHERE id = 'o1' AND customer IS NULL AND area = 'north-01'"
                + " AND end_time = TIMESTAMP '2026-03-01 12:00:00'")).isEqualTo(1);
    }

    @Test
    void reimportingTheSameFileStoresNothingNew() {
        var file = store.file("a.ndjson", java.util.List.of(TestEvent.of("bill").id("b1").json(), TestEvent.of("bill").id("b2").json()));

        var first = store.events.newImport(file).run();
        var second = store.events.newImport(file).run();

        assertThat(first.stored()).isEqualTo(2);
        assertThat(second.stored()).isZero();
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(store.count("SELECT count(*) FROM events")).isEqualTo(2);
    }

    @Test
    void anImportIsRecordedUnderItsPathOrTheNameItWasSentUnder() {
        var local = store.file("local.ndjson", java.util.List.of(TestEvent.of("bill").id("b1").json()));
        var upload = store.file("upload-123.ndjson", java.util.List.of(TestEvent.of("bill").id("b2").json()));

        store.events.newImport(local).run();
        store.events.newImport(upload).recordedAs("sent.ndjson").run();

        assertThat(store.events.recentImports(2)).extracting(ImportRecord::file)
                .containsExactly("sent.ndjson", local.toAbsolutePath().toString());
    }

    @Test
    void aRepeatedIdInOneFileKeepsTheFirstOccurrence() {
        var result = store.importLines("a.ndjson",
                TestEvent.of("bill").id("b1").attr("amount", 10).json(),
                TestEvent.of("bill").id("b1").attr("amount", 99).json());

        assertThat(result.stored()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(store.count("SELECT amount FROM events")).isEqualTo(10);
    }

    @Test
    void aRepeatedIdInALaterWorkersShareKeepsTheFirstOccurrence() {
        // on two or more cores the file splits near its middle: the repeat's line within its share comes before the
        // first occurrence's within its own, so only the order of the shares keeps the first
        var lines = new ArrayList<String>();
        for (int i = 1; i <= 120_000; i++) {
            boolean first = i == 40_000;
            boolean repeat = i == 70_000;
            lines.add(first || repeat ? TestEvent.of("bill").id("b-twice").attr("amount", first ? 10 : 99).json()
                    : TestEvent.of("visit").id("v" + i).attr("outcome", "ok").json());
        }

        var result = store.events.newImport(store.file("big.ndjson", lines)).run();

        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(store.count("SELECT amount FROM events WHERE id = 'b-twice'")).isEqualTo(10);
    }

    @Test
    void theSameIdFromAnotherSourceIsAnotherEvent() {
        var file = store.file("a.ndjson", java.util.List.of(TestEvent.of("bill").id("b1").json()));

        store.events.newImport(file).run();
        var other = store.events.newImport(file).source(new SourceName("crm")).run();

        assertThat(other.stored()).isEqualTo(1);
        assertThat(store.count("SELECT count(DISTINCT source) FROM events")).isEqualTo(2);
    }

    @Test
    void badLinesAreQuarantinedExactlyWithLineAndReasonWhileGoodLinesAreStored() throws IOException {
        String broken = "{\"id\": \"x\", \"time\":";
        String badTime = TestEvent.of("bill").id("b2").at("2026-03-01 10:15:00").json();
        var result = store.importLines("mixed.ndjson",
                TestEvent.of("bill").id("b1").json(), broken, "", badTime, TestEvent.of("bill").id("b3").json());

        assertThat(result.stored()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(result.firstRejections()).extracting(Rejection::line).containsExactly(2L, 4L);
        assertThat(result.firstRejections().get(1).reason()).startsWith("time: ").contains("RFC 3339");
        assertThat(result.quarantineFile().orElseThrow().getFileName().toString()).matches("batch-\\d{6}-mixed\\.ndjson");
        var quarantined = Files.readAllLines(result.quarantineFile().orElseThrow());
        assertThat(quarantined).hasSize(2);
        assertThat(store.database.sql().query("SELECT raw FROM quarantine ORDER BY line", row -> row.getString(1)))
                .containsExactly(broken, badTime);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWholeAndStoresNothing() throws IOException {
        var file = store.dir.resolve("latin1.ndjson");
        Files.write(file, (TestEvent.of("bill").json() + "\n{\"id\":\"caf\u00e9\",\"time\":\"2026-03-01T10:15:00Z\",\"customer\":\"A\",\"type\":\"bill\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> store.events.newImport(file).run())
                .isInstanceOf(ImportException.class).hasMessageContaining("not UTF-8");
        assertThat(store.count("SELECT count(*) FROM events")).isZero();
        assertThat(store.count("SELECT count(*) FROM imports")).isZero();
    }

    @Test
    void aMissingFileIsAFileLevelError() {
        assertThatThrownBy(() -> store.events.newImport(store.dir.resolve("nope.ndjson")).run())
                .isInstanceOf(ImportException.class).hasMessageContaining("no such file");
    }

    @Test
    void aCsvWithoutMappingIsRefusedWithAHint() {
        var file = store.file("calls.csv", java.util.List.of("a,b", "1,2"));

        assertThatThrownBy(() -> store.events.newImport(file).run())
                .isInstanceOf(ImportException.class).hasMessageContaining("--map");
    }

    @Test
    void aLargeFileSplitAcrossWorkersKeepsExactLineNumbers() {
        var lines = new ArrayList<String>();
        for (int i = 1; i <= 120_000; i++) {
            lines.add(i % 25_000 == 0 ? "not json " + i : TestEvent.of("visit").id("v" + i).attr("outcome", "ok").json());
        }
        var result = store.events.newImport(store.file("big.ndjson", lines)).run();

        assertThat(result.read()).isEqualTo(120_000);
        assertThat(result.stored()).isEqualTo(120_000 - 4);
        assertThat(store.database.sql().query("SELECT line, raw FROM quarantine ORDER BY line", row -> row.getLong(1) + ":" + row.getString(2)))
                .containsExactly("25000:not json 25000", "50000:not json 50000", "75000:not json 75000", "100000:not json 100000");
    }

    @Test
    void statsCountEventsByTypeAndSourceAndTheQuarantine() {
        store.importLines("a.ndjson", TestEvent.of("bill").json(), TestEvent.of("bill").json(), TestEvent.of("visit").json(), "oops");

        var stats = store.events.stats();

        assertThat(stats.events()).isEqualTo(3);
        assertThat(stats.byType()).containsEntry("bill", 2L).containsEntry("visit", 1L);
        assertThat(stats.bySource()).containsEntry("import", 3L);
        assertThat(stats.quarantined()).isEqualTo(1);
    }
}
