package dev.outward.inconvenience;

import dev.outward.store.Database;

/**
 * The tables detection owns. {@code inconveniences} keeps the service, channel and customer beside each row
 * (not only the event's key) so that reports aggregate it without joining the events back.
 */
final class DetectionTables {

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
    }
}
