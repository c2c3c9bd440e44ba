package dev.outward.inconvenience;

import dev.outward.store.Database;

/**
 * The profile events area rules need, in their own table {@code area_profiles}. A customer's area can come from a
 * profile of any age, so area rules read the whole profile history on every run; finding it among all events
 * costs a scan of the store, while this table is brought up to date by appending the profiles of the batches
 * imported since it was last brought up to date ({@code area_profiles_state}), whatever kind of run it is.
 */
final class ProfileHistory {

    private ProfileHistory() {
    }

    static void create(Database database) {
        database.execute("""
                CREATE TABLE IF NOT EXISTS area_profiles (
                  customer VARCHAR NOT NULL USING COMPRESSION uncompressed, area VARCHAR USING COMPRESSION dictionary,
                  time TIMESTAMP NOT NULL USING COMPRESSION uncompressed, id VARCHAR NOT NULL USING COMPRESSION uncompressed,
                  source VARCHAR NOT NULL USING COMPRESSION dictionary, segment VARCHAR USING COMPRESSION dictionary,
                  since DATE)""");
        database.execute("CREATE TABLE IF NOT EXISTS area_profiles_state (version VARCHAR NOT NULL, batch INTEGER NOT NULL)");
    }

    /** Appends the profiles of batches up to {@code lastBatch} not yet copied; starts over when the version changed. */
    static void catchUp(Database database, int lastBatch) {
        var sql = database.sql();
        long copied = sql.queryLong("SELECT coalesce(max(batch), -1) FROM area_profiles_state WHERE version = ?",
                DetectionTables.VERSION);
        if (copied < 0) {
            database.execute("DELETE FROM area_profiles");
            copied = 0;
        }
        if (copied < lastBatch) {
            database.execute("INSERT INTO area_profiles SELECT customer, area, time, id, source, segment, since FROM events"
                    + " WHERE type = 'profile' AND customer IS NOT NULL AND batch > " + copied + " AND batch <= " + lastBatch);
        }
        database.execute("DELETE FROM area_profiles_state");
        sql.update("INSERT INTO area_profiles_state VALUES (?, ?)", DetectionTables.VERSION, lastBatch);
    }
}
