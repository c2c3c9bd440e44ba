package dev.outward.inconvenience;

import dev.outward.store.Database;

/**
 * The tables detection owns. {@code inconveniences} keeps the service, channel and customer beside each row
 * (not only the event's key) so that reports aggregate it without joining the events back. {@code area_profiles}
 * is the profile history area rules need (a customer's area can come from a profile of any age): kept by detection
 * so an incremental run appends new profiles instead of finding all of them among every event again.
 */
final class DetectionTables {

    /** Bump when the meaning of the tables changes: the next run is then full, whatever was asked. */
    static final String VERSION = "2";

    private DetectionTables() {
    }

    static void create(Database database) {
        database.execute("""
                CREATE TABLE IF NOT EXISTS inconveniences (
                  rule VARCHAR NOT NULL, customer VARCHAR NOT NULL, time TIMESTAMP NOT NULL, service VARCHAR NOT NULL,
                  channel VARCHAR, source VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
                  cause_source VARCHAR, cause_id VARCHAR, cause_time TIMESTAMP)""");
        database.execute("""
                CREATE TABLE IF NOT EXISTS detection_runs (
                  run INTEGER PRIMARY KEY, started_at TIMESTAMP NOT NULL, mode VARCHAR NOT NULL, why VARCHAR NOT NULL,
                  range_from TIMESTAMP, removed BIGINT NOT NULL, added BIGINT NOT NULL, total BIGINT NOT NULL,
                  duration_ms BIGINT NOT NULL, last_batch INTEGER NOT NULL, rules VARCHAR NOT NULL,
                  by_rule JSON NOT NULL)""");
        database.execute("""
                CREATE TABLE IF NOT EXISTS area_profiles (
                  customer VARCHAR NOT NULL, area VARCHAR, time TIMESTAMP NOT NULL, id VARCHAR NOT NULL,
                  source VARCHAR NOT NULL)""");
    }

    /** Copies profile events up to {@code lastBatch} into {@code area_profiles}: all, or those after {@code afterBatch}. */
    static void copyProfiles(Database database, java.util.OptionalInt afterBatch, int lastBatch) {
        if (afterBatch.isEmpty()) {
            database.execute("DELETE FROM area_profiles");
        }
        database.execute("INSERT INTO area_profiles SELECT customer, area, time, id, source FROM events"
                + " WHERE type = 'profile' AND customer IS NOT NULL AND batch <= " + lastBatch
                + (afterBatch.isPresent() ? " AND batch > " + afterBatch.getAsInt() : ""));
    }
}
