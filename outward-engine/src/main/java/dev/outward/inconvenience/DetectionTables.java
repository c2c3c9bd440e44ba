package dev.outward.inconvenience;

import dev.outward.store.Database;

/**
 * The tables detection owns. {@code inconveniences} keeps the service, channel and customer beside each row
 * (not only the event's key) so that reports aggregate it without joining the events back, and the customer's key
 * {@code k} ({@link CustomerDays}) and the {@code day}, so that counting distinct customers needs no join and a
 * period's days are found by the zone maps of a column, not by casting every time. Rows with a cause keep its channel
 * and service too: the report's first-contact resolution counts contacts by them. {@link ProfileHistory}
 * keeps the profiles area rules need, with each profile's segment and {@code since}, which give every inconvenience
 * its segment and the reports a tenure.
 */
final class DetectionTables {

    /**
     * A full run rewrites millions of rows, and DuckDB's automatic choice of compression (it tries every method on
     * every column) took 40% of the writing: 3.0 s of CPU for 3M rows, 1.8 s with the methods chosen here.
     * Dictionaries for the few distinct rule, service, channel and source names; customers, ids and times as they are.
     */
    static final String INCONVENIENCE_COLUMNS = """
            rule VARCHAR NOT NULL USING COMPRESSION dictionary, customer VARCHAR NOT NULL USING COMPRESSION uncompressed,
            time TIMESTAMP NOT NULL USING COMPRESSION uncompressed, service VARCHAR NOT NULL USING COMPRESSION dictionary,
            channel VARCHAR USING COMPRESSION dictionary, source VARCHAR NOT NULL USING COMPRESSION dictionary,
            event_id VARCHAR NOT NULL USING COMPRESSION uncompressed, cause_source VARCHAR USING COMPRESSION dictionary,
            cause_id VARCHAR USING COMPRESSION uncompressed, cause_time TIMESTAMP USING COMPRESSION uncompressed,
            segment VARCHAR USING COMPRESSION dictionary, k INTEGER USING COMPRESSION uncompressed,
            day DATE USING COMPRESSION uncompressed, cause_channel VARCHAR USING COMPRESSION dictionary,
            cause_service VARCHAR USING COMPRESSION dictionary""";

    /** Bump when the meaning of the tables changes: the next run is then full, whatever was asked. */
    static final String VERSION = "15";

    private DetectionTables() {
    }

    static void create(Database database) {
        database.execute("CREATE TABLE IF NOT EXISTS inconveniences (" + INCONVENIENCE_COLUMNS + ")");
        database.execute("""
                CREATE TABLE IF NOT EXISTS detection_runs (
                  run INTEGER PRIMARY KEY, started_at TIMESTAMP NOT NULL, mode VARCHAR NOT NULL, why VARCHAR NOT NULL,
                  range_from TIMESTAMP, removed BIGINT NOT NULL, added BIGINT NOT NULL, total BIGINT NOT NULL,
                  duration_ms BIGINT NOT NULL, last_batch INTEGER NOT NULL, rules VARCHAR NOT NULL,
                  by_rule JSON NOT NULL)""");
        ProfileHistory.create(database);
        // stores detected before version 3: the next run is full (the fingerprint changed) and fills these
        addColumn(database, "inconveniences", "segment VARCHAR");
        addColumn(database, "area_profiles", "segment VARCHAR");
        addColumn(database, "area_profiles", "since DATE");
        // before version 8: the next run is full and fills them
        addColumn(database, "inconveniences", "k INTEGER");
        addColumn(database, "inconveniences", "day DATE");
        // before version 9
        addColumn(database, "inconveniences", "cause_channel VARCHAR");
        addColumn(database, "inconveniences", "cause_service VARCHAR");
        Summaries.create(database);
    }

    /** Only when missing: an ALTER that changes nothing still writes the catalog, which a server's readers share. */
    private static void addColumn(Database database, String table, String column) {
        String name = column.substring(0, column.indexOf(' '));
        if (database.sql().queryLong("SELECT count(*) FROM duckdb_columns() WHERE table_name = ? AND column_name = ?",
                table, name) == 0) {
            database.execute("ALTER TABLE " + table + " ADD COLUMN " + column);
        }
    }
}
