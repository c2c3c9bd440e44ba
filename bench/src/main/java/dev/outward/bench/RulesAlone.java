package dev.outward.bench;

import java.util.Map;

import dev.outward.inconvenience.RuleCatalog;
import dev.outward.store.Database;

/**
 * The compiled catalog's rules alone, against the naive baseline on equal terms: its one statement written into a
 * table of the baseline's storage (and the cause's channel and service, which it finds too), without what a detection
 * run adds around it (each row's customer key, segment and day, the time order, the summaries the pages read).
 */
final class RulesAlone {

    private RulesAlone() {
    }

    /** Recomputes everything into table {@code rules_alone}; returns the count per rule. */
    static Map<String, Long> run(Database database, RuleCatalog catalog) {
        database.execute("DROP TABLE IF EXISTS rules_alone");
        database.execute("CREATE TABLE rules_alone (" + NaiveDetection.STORAGE
                + ", cause_channel VARCHAR USING COMPRESSION dictionary, cause_service VARCHAR USING COMPRESSION dictionary)");
        database.execute("BEGIN TRANSACTION");
        database.execute("INSERT INTO rules_alone " + catalog.compiled());
        database.execute("COMMIT");
        return NaiveDetection.countsPerRule(database, "rules_alone");
    }
}
