package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;

import dev.outward.store.Database;

/**
 * Per customer, the products they held and their customer-since date, from each day either changed until the next
 * ({@code relationship_history(k, day, until, products, since)}), kept beside {@code relationship_days}. Relationship
 * depth over a period ending before the data does reads the row in force on its last day, one per customer, instead
 * of aggregating every day row up to that day per customer: at 10M events what customers held at the end of June
 * took 7 instead of 40 ms. Only days that change either are rows (products and profiles are rarer than payments: 0.7M
 * of 1.5M day rows), and a refresh from a day recomputes the customers who had or have such rows from it.
 */
final class RelationshipHistory {

    private static final String TOUCHED = "history_keys";
    private static final String CHANGES = "(products <> 0 OR since IS NOT NULL)";

    private RelationshipHistory() {
    }

    static void create(Database database) {
        database.execute("""
                CREATE TABLE IF NOT EXISTS relationship_history (k INTEGER NOT NULL, day DATE NOT NULL, until DATE,
                  products INTEGER NOT NULL, since DATE)""");
    }

    static void drop(Database database) {
        database.execute("DROP TABLE IF EXISTS relationship_history");
    }

    /** Before the day rows from {@code from} are replaced: the customers with changes among them. */
    static void beforeReplacing(Database database, LocalDate from) {
        database.execute("CREATE OR REPLACE TEMP TABLE %s AS SELECT DISTINCT k FROM relationship_days WHERE day >= DATE '%s' AND %s"
                .formatted(TOUCHED, from, CHANGES));
    }

    /** After: every customer's history (all days replaced), or that of the customers with changes from {@code from}. */
    static void refresh(Database database, Optional<LocalDate> from) {
        String which = "";
        if (from.isPresent()) {
            database.execute("INSERT INTO %s SELECT DISTINCT k FROM relationship_days WHERE day >= DATE '%s' AND %s"
                    .formatted(TOUCHED, from.get(), CHANGES));
            database.execute("DELETE FROM relationship_history WHERE k IN (SELECT k FROM " + TOUCHED + ")");
            which = " AND k IN (SELECT k FROM " + TOUCHED + ")";
        }
        database.execute("""
                INSERT INTO relationship_history
                SELECT k, day, lead(day) OVER (PARTITION BY k ORDER BY day), greatest(0, sum(products) OVER upToDay)::INTEGER,
                       last_value(since IGNORE NULLS) OVER upToDay
                FROM relationship_days WHERE %s%s
                WINDOW upToDay AS (PARTITION BY k ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"""
                .formatted(CHANGES, which));
        database.execute("DROP TABLE IF EXISTS " + TOUCHED);
    }

    /** Per customer with a change up to {@code day}: their products and customer-since date on it. */
    static String on(LocalDate day) {
        return "SELECT k, products, since FROM relationship_history WHERE day <= DATE '%1$s' AND (until IS NULL OR until > DATE '%1$s')"
                .formatted(day);
    }
}
