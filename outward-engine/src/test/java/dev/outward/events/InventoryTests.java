package dev.outward.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InventoryTests {

    private static final String PLAIN = """
            SELECT source || ' ' || type || ' ' || count(*) || ' ' || min(time) || ' ' || max(time)
            FROM events GROUP BY source, type ORDER BY source, type""";

    @RegisterExtension
    final TestStore store = TestStore.perTest();

    @Test
    void countsPerSourceAndTypeFollowEveryImportAndSkipTheDuplicates() {
        store.importLines("a.ndjson", TestEvent.of("bill").id("b1").at("2026-03-01T10:00:00Z").json(),
                TestEvent.of("bill").id("b2").at("2026-03-05T10:00:00Z").json(),
                TestEvent.of("contact").id("c1").at("2026-03-02T10:00:00Z").json());
        store.importLines("b.ndjson", TestEvent.of("bill").id("b2").at("2026-03-05T10:00:00Z").json(),
                TestEvent.of("bill").id("b3").at("2026-02-20T10:00:00Z").json(),
                TestEvent.of("contact").id("c2").at("2026-04-01T10:00:00Z").json(), "not json");
        store.events.newImport(store.file("c.ndjson", List.of(TestEvent.of("bill").id("b1").at("2026-05-01T10:00:00Z").json())))
                .source(new SourceName("crm")).run();

        assertThat(shown()).containsExactly("crm bill 1 2026-05-01 10:00:00 2026-05-01 10:00:00",
                "import bill 3 2026-02-20 10:00:00 2026-03-05 10:00:00", "import contact 2 2026-03-02 10:00:00 2026-04-01 10:00:00");
        assertThat(shown()).isEqualTo(plain());
        var stats = store.events.stats();
        assertThat(stats.byType()).containsExactly(java.util.Map.entry("bill", 4L), java.util.Map.entry("contact", 2L));
        assertThat(stats.bySource()).containsExactly(java.util.Map.entry("crm", 1L), java.util.Map.entry("import", 5L));
    }

    @Test
    void aStoreFromBeforeTheInventoryCountsItsEventsWhenOpened() {
        store.importLines("a.ndjson", TestEvent.of("bill").id("b1").json(), TestEvent.of("payment").id("p1").json());
        store.database.execute("DROP TABLE inventory");

        Inventory.create(store.database);

        assertThat(shown()).hasSize(2).isEqualTo(plain());
    }

    private List<String> shown() {
        return store.events.inventory().counts().stream().map(c -> "%s %s %d %s %s".formatted(c.source(), c.type(), c.events(),
                c.first().toString().replace('T', ' ').replace("Z", ""), c.last().toString().replace('T', ' ').replace("Z", ""))).toList();
    }

    private List<String> plain() {
        return store.database.sql().query(PLAIN, row -> row.getString(1));
    }
}
