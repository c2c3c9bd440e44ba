package dev.outward.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomerIndexTests {

    private static final List<String> TYPES = List.of("contact", "visit", "bill", "payment", "order");

    @RegisterExtension
    TestStore store = TestStore.perTest();

    private final Random random = new Random(7);
    private int file;

    @Test
    void aCustomersEventsAreFoundWhetherTheirBatchIsIndexedOrNot() {
        importEvents(600);
        store.events.indexCustomers();
        importEvents(400);
        store.events.indexCustomers();
        importEvents(300);

        for (int c = 0; c < 40; c++) {
            assertFoundAsScanned("C" + c);
        }
        assertThat(store.count("SELECT count(*) FROM customer_index")).isEqualTo(1000);
    }

    @Test
    void aCustomersEventsOfOneTypeAreTheirsOfThatType() {
        importEvents(500);
        store.events.indexCustomers();

        var found = store.events.find(EventQuery.all(1000).forCustomer(new CustomerId("C3")).ofType(EventType.BILL));

        assertThat(found).extracting(StoredEvent::id).containsExactlyElementsOf(
                scanned("C3 AND type = 'bill'"));
        assertThat(found).isNotEmpty();
    }

    @Test
    void anEventMovedToAnotherCustomerIsFoundUnderTheNewCustomerOnly() {
        importEvents(300);
        store.events.indexCustomers();
        String moved = scanned("C1").getFirst();

        // as an alias does: the event changes customer in place and joins a new batch
        store.database.execute("UPDATE events SET customer = 'C2', batch = 1000 WHERE id = '" + moved + "'");
        assertThat(ids("C1")).doesNotContain(moved);
        assertThat(ids("C2")).contains(moved);

        store.events.indexCustomers();
        store.database.execute("CHECKPOINT");
        assertFoundAsScanned("C1");
        assertFoundAsScanned("C2");
        assertThat(ids("C2")).contains(moved);
    }

    @Test
    void aCustomerTheIndexDoesNotKnowIsFoundInLaterBatchesOnly() {
        importEvents(300);
        store.events.indexCustomers();
        store.events.newImport(store.file("newcomer.ndjson", List.of(
                TestEvent.of("contact").id("n1").customer("N1").at("2026-04-01T10:00:00Z").json(),
                TestEvent.of("bill").id("n2").customer("N1").at("2026-04-02T10:00:00Z").json()))).run();

        assertThat(ids("N1")).containsExactly("n1", "n2");
        assertThat(ids("nobody")).isEmpty();
        assertFoundAsScanned("C7");
    }

    @Test
    void aLimitKeepsTheEarliest() {
        importEvents(400);
        store.events.indexCustomers();

        var found = store.events.find(EventQuery.all(3).forCustomer(new CustomerId("C5")));

        assertThat(found).extracting(StoredEvent::id).containsExactlyElementsOf(scanned("C5").subList(0, 3));
    }

    @Test
    void aCustomerWithMoreEventsThanOneLookupTakesIsFoundWholeAndWithinAPeriod() {
        importEvents(600, 3);
        store.events.indexCustomers();

        for (int c = 0; c < 3; c++) {
            assertFoundAsScanned("C" + c);
        }
        var february = EventQuery.all(10_000).forCustomer(new CustomerId("C1"))
                .between(Optional.of(Instant.parse("2026-02-01T00:00:00Z")), Optional.of(Instant.parse("2026-03-01T00:00:00Z")));
        assertThat(store.events.find(february)).extracting(StoredEvent::id)
                .containsExactlyElementsOf(scanned("C1 AND time >= '2026-02-01' AND time < '2026-03-01'"))
                .hasSizeGreaterThan(50);
    }

    private void assertFoundAsScanned(String customer) {
        assertThat(ids(customer)).as(customer).containsExactlyElementsOf(scanned(customer));
    }

    private List<String> ids(String customer) {
        return store.events.find(EventQuery.all(10_000).forCustomer(new CustomerId(customer))).stream()
                .map(StoredEvent::id).toList();
    }

    /** The plain way: every event's customer compared. */
    private List<String> scanned(String condition) {
        String[] parts = condition.split(" ", 2);
        return store.database.sql().query("SELECT id FROM events WHERE customer = '" + parts[0] + "'"
                + (parts.length > 1 ? " " + parts[1] : "") + " ORDER BY time, id", row -> row.getString(1));
    }

    private void importEvents(int n) {
        importEvents(n, 40);
    }

    private void importEvents(int n, int customers) {
        var lines = new ArrayList<String>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            lines.add(TestEvent.of(TYPES.get(random.nextInt(TYPES.size())))
                    .id("f" + file + "-" + i)
                    .customer("C" + random.nextInt(customers))
                    .at(start.plusSeconds(random.nextInt(86_400 * 90)).toString())
                    .json());
        }
        store.events.newImport(store.file("events-" + (++file) + ".ndjson", lines)).run();
    }
}
