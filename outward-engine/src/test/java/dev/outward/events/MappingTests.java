package dev.outward.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MappingTests {

    @RegisterExtension
    final TestStore store = TestStore.perTest();

    @Test
    void aMappingWithUnionAllTurnsOneRowIntoSeveralEvents() {
        var csv = store.file("orders.csv", List.of("ref,who,placed,delivered", "o1,A,2026-03-01 10:00:00,2026-03-03 12:00:00",
                "o2,B,2026-03-02 09:00:00,"));
        var mapping = new Mapping("orders.sql", """
                SELECT 'order-' || ref AS id, placed AS time, who AS customer, 'order' AS type, json_object('order', ref) AS attrs FROM source
                UNION ALL
                SELECT 'delivery-' || ref, delivered, who, 'delivery', json_object('order', ref) FROM source WHERE delivered IS NOT NULL
                """);

        var result = store.events.newImport(csv).mapping(mapping).run();

        assertThat(result.stored()).isEqualTo(3);
        assertThat(store.count("SELECT count(*) FROM events WHERE type = 'delivery' AND order_ref = 'o1'"
                + " AND time = TIMESTAMP '2026-03-03 12:00:00'")).isEqualTo(1);
    }

    @Test
    void mappedRowsAreValidatedLikeNdjsonLines() {
        var csv = store.file("calls.csv", List.of("id,started,wait", "c1,2026-03-01T10:00:00Z,30", "c2,yesterday,40", "c3,2026-03-01T11:00:00Z,-5"));
        var mapping = new Mapping("calls.sql",
                "SELECT id, started AS time, 'A' AS customer, 'contact' AS type, json_object('wait_s', wait) AS attrs FROM source");

        var result = store.events.newImport(csv).mapping(mapping).run();

        assertThat(result.stored()).isEqualTo(1);
        assertThat(result.firstRejections()).extracting(Rejection::reason)
                .satisfiesExactly(r -> assertThat(r).startsWith("time: string \"yesterday\""),
                        r -> assertThat(r).startsWith("attrs.wait_s: must be a number >= 0"));
    }

    @Test
    void sideFilesAreReadThroughSourceDir() {
        var csv = store.file("calls.csv", List.of("id,account", "c1,1"));
        store.file("accounts.csv", List.of("account,name", "1,A-0001"));
        var mapping = new Mapping("calls.sql", """
                SELECT c.id, TIMESTAMP '2026-03-01 10:00:00' AS time, a.name AS customer, 'contact' AS type
                FROM source c JOIN read_csv('${source_dir}/accounts.csv') a USING (account)""");

        store.events.newImport(csv).mapping(mapping).run();

        assertThat(store.count("SELECT count(*) FROM events WHERE customer = 'A-0001'")).isEqualTo(1);
    }

    @Test
    void aMappingMissingARequiredColumnIsAFileLevelErrorNamingIt() {
        var csv = store.file("x.csv", List.of("a", "1"));

        assertThatThrownBy(() -> store.events.newImport(csv).mapping(new Mapping("m.sql", "SELECT a AS id, 'bill' AS type FROM source")).run())
                .isInstanceOf(ImportException.class).hasMessageContaining("required column(s) time");
        assertThat(store.count("SELECT count(*) FROM events")).isZero();
    }

    @Test
    void aMappingWithAnSqlErrorIsAFileLevelErrorNamingTheProblem() {
        var csv = store.file("x.csv", List.of("a", "1"));

        assertThatThrownBy(() -> store.events.newImport(csv).mapping(new Mapping("m.sql", "SELECT nope AS id FROM source")).run())
                .isInstanceOf(ImportException.class).hasMessageContaining("mapping").hasMessageContaining("nope");
    }

    @Test
    void aMappingReturningAnUnknownColumnIsRefused() {
        var csv = store.file("x.csv", List.of("a", "1"));

        assertThatThrownBy(() -> store.events.newImport(csv).mapping(new Mapping("m.sql",
                "SELECT a AS id, now() AS time, 'bill' AS type, 'x' AS custmer FROM source")).run())
                .isInstanceOf(ImportException.class).hasMessageContaining("\"custmer\"");
    }
}
