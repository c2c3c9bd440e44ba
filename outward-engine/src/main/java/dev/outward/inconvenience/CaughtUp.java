package dev.outward.inconvenience;

import dev.outward.store.Database;

/**
 * How far a table that detection keeps from the events has been brought: the last import batch it holds, under
 * {@link DetectionTables#VERSION}. Kept in a one-row table of its own, so that every kind of run can bring it up to
 * date from there and a version change starts it over.
 */
record CaughtUp(String table) {

    void create(Database database) {
        database.execute("CREATE TABLE IF NOT EXISTS " + table + " (version VARCHAR NOT NULL, batch INTEGER NOT NULL)");
    }

    /** The last batch brought in under this version, or -1 when none is (never, or under another version). */
    long batch(Database database) {
        return database.sql().queryLong("SELECT coalesce(max(batch), -1) FROM " + table + " WHERE version = ?",
                DetectionTables.VERSION);
    }

    void to(Database database, int lastBatch) {
        database.execute("DELETE FROM " + table);
        database.sql().update("INSERT INTO " + table + " VALUES (?, ?)", DetectionTables.VERSION, lastBatch);
    }
}
