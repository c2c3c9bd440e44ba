package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import dev.outward.store.Database;

/**
 * Per customer, their inconveniences over all time ({@code customer_inconveniences(k, n)}). With the customers'
 * keys (less {@link MergedCustomers}) they are the report's all-time population, a row per customer instead of their
 * masks: relationship depth over all time took 28 instead of 80–120 ms at 10M events, and counting active and
 * inconvenienced customers over all time is a count of rows.
 * <p>
 * A run replaces the inconveniences from a day D. Around it the totals take the difference: what the rows from D
 * counted per customer before is subtracted and what they count after is added, so a run writes only its customers'
 * totals (counting every inconvenience of the customers it touched read them all each run).
 */
final class CustomerTotals {

    static final String TABLE = "customer_inconveniences";
    private static final String CHANGE = "customer_inconveniences_change";

    private CustomerTotals() {
    }

    static void create(Database database) {
        database.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (k INTEGER NOT NULL, n BIGINT NOT NULL)");
    }

    /** Around replacing the inconveniences from {@code from} (all of them when empty); returns what replacing did. */
    static <T> T refresh(Database database, Optional<LocalDate> from, Supplier<T> replacing) {
        from.ifPresent(day -> database.execute("CREATE OR REPLACE TEMP TABLE %s AS SELECT k, -count(*) AS n FROM %s GROUP BY k"
                .formatted(CHANGE, daysFrom(day))));
        T replaced = replacing.get();
        from.ifPresentOrElse(day -> addChange(database, day), () -> {
            database.execute("DELETE FROM " + TABLE);
            database.execute("INSERT INTO %s SELECT k, count(*) FROM inconvenience_days GROUP BY k ORDER BY k".formatted(TABLE));
        });
        return replaced;
    }

    private static void addChange(Database database, LocalDate from) {
        database.execute("INSERT INTO %s SELECT k, count(*) FROM %s GROUP BY k".formatted(CHANGE, daysFrom(from)));
        database.execute("""
                MERGE INTO %1$s t USING (SELECT k, sum(n) AS n FROM %2$s GROUP BY k HAVING sum(n) <> 0) c ON t.k = c.k
                WHEN MATCHED THEN UPDATE SET n = t.n + c.n WHEN NOT MATCHED THEN INSERT VALUES (c.k, c.n)"""
                .formatted(TABLE, CHANGE));
        database.execute("DROP TABLE " + CHANGE);
    }

    private static String daysFrom(LocalDate day) {
        return "inconvenience_days WHERE day >= DATE '" + day + "'";
    }
}
