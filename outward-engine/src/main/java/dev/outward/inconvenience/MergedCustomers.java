package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;

import dev.outward.store.Database;

/**
 * The customers none of whose events are theirs any more ({@code merged_customers(k)}): an alias call moved them all
 * to another customer, the same person. Every other customer with a key has events, so over all time the active
 * customers are the keys less these, and a store without alias calls never writes a row here: counting every
 * customer's events around each run instead cost an incremental run ~35 ms at 10M events.
 */
final class MergedCustomers {

    static final String TABLE = "merged_customers";
    private static final String CANDIDATES = "merge_candidates";

    private MergedCustomers() {
    }

    static void create(Database database) {
        database.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (k INTEGER NOT NULL)");
    }

    /** Around replacing the events' day rows from {@code from} (all of them when empty), when events can move. */
    static void refresh(Database database, Optional<LocalDate> from, Runnable replacing) {
        from.ifPresent(day -> database.execute("CREATE OR REPLACE TEMP TABLE %s AS SELECT DISTINCT k FROM customer_days WHERE day >= DATE '%s'"
                .formatted(CANDIDATES, day)));
        replacing.run();
        if (from.isEmpty()) {
            database.execute("DELETE FROM " + TABLE);
            database.execute("INSERT INTO %s SELECT k FROM customer_keys EXCEPT SELECT k FROM customer_days".formatted(TABLE));
            return;
        }
        database.execute("DELETE FROM %s WHERE k IN (SELECT k FROM customer_days WHERE day >= DATE '%s')".formatted(TABLE, from.get()));
        database.execute("INSERT INTO %s SELECT k FROM %s EXCEPT SELECT k FROM customer_days".formatted(TABLE, CANDIDATES));
        database.execute("DROP TABLE " + CANDIDATES);
    }
}
