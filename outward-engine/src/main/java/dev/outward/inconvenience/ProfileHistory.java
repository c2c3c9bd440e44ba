package dev.outward.inconvenience;

import dev.outward.store.Database;

/**
 * The profile events area rules need, in their own table {@code area_profiles}. A customer's area can come from a
 * profile of any age, so area rules read the whole profile history on every run; finding it among all events
 * costs a scan of the store, while this table is brought up to date by appending the profiles of the batches
 * imported since it was last brought up to date ({@code area_profiles_state}), whatever kind of run it is.
 */
final class ProfileHistory {

    private static final CaughtUp STATE = new CaughtUp("area_profiles_state");

    private ProfileHistory() {
    }

    static void create(Database database) {
        database.execute("""
                CREATE TABLE IF NOT EXISTS area_profiles (
                  customer VARCHAR NOT NULL USING COMPRESSION uncompressed, area VARCHAR USING COMPRESSION dictionary,
                  time TIMESTAMP NOT NULL USING COMPRESSION uncompressed, id VARCHAR NOT NULL USING COMPRESSION uncompressed,
                  source VARCHAR NOT NULL USING COMPRESSION dictionary, segment VARCHAR USING COMPRESSION dictionary,
                  since DATE)""");
        STATE.create(database);
    }

    /** Appends the profiles of batches up to {@code lastBatch} not yet copied; starts over when the version changed. */
    static void catchUp(Database database, int lastBatch) {
        long copied = STATE.batch(database);
        if (copied < 0) {
            database.execute("DELETE FROM area_profiles");
            copied = 0;
        }
        if (copied < lastBatch) {
            database.execute("INSERT INTO area_profiles SELECT customer, area, time, id, source, segment, since FROM events"
                    + " WHERE type = 'profile' AND customer IS NOT NULL AND batch > " + copied + " AND batch <= " + lastBatch);
        }
        STATE.to(database, lastBatch);
    }
}
