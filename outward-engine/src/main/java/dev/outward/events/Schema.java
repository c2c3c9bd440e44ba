package dev.outward.events;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.outward.store.Database;

/** The event tables. Creating them is idempotent, so every open of the store runs it. */
final class Schema {

    static final String SCRATCH = "scratch";

    private Schema() {
    }

    static void create(Database database) {
        database.execute("""
                CREATE TABLE IF NOT EXISTS events (
                  source VARCHAR NOT NULL, id VARCHAR NOT NULL, time TIMESTAMP NOT NULL, customer VARCHAR,
                  type VARCHAR NOT NULL, channel VARCHAR, service VARCHAR, reason VARCHAR,
                  %s,
                  attrs JSON, batch INTEGER NOT NULL)""".formatted(columns(false)));
        database.execute("""
                CREATE TABLE IF NOT EXISTS imports (
                  batch INTEGER PRIMARY KEY, source VARCHAR NOT NULL, file VARCHAR, started_at TIMESTAMP,
                  finished_at TIMESTAMP, rows_read BIGINT, stored BIGINT, duplicates BIGINT, rejected BIGINT,
                  quarantine_file VARCHAR)""");
        database.execute("""
                CREATE TABLE IF NOT EXISTS quarantine (
                  batch INTEGER NOT NULL, source VARCHAR NOT NULL, file VARCHAR, line BIGINT, reason VARCHAR NOT NULL,
                  raw VARCHAR)""");
        database.execute("CREATE SEQUENCE IF NOT EXISTS batch_seq");
        Inventory.create(database);
        CustomerIndex.create(database);
        // Staging rows are scratch data: keeping them out of the database file spares the disk and the WAL,
        // and a crash mid-import leaves nothing behind to clean up.
        database.execute("ATTACH IF NOT EXISTS ':memory:' AS " + SCRATCH);
    }

    /** The typed attribute columns, as stored or as staged. */
    static String columns(boolean staging) {
        return Arrays.stream(AttrColumn.values())
                .map(c -> c.column + " " + (staging ? c.stagingType() : c.sqlType))
                .collect(Collectors.joining(", "));
    }

    static String stagingTable(int batch, int part) {
        return SCRATCH + ".staging_" + batch + "_" + part;
    }

    /**
     * Moves staged rows into the store: ids already stored for the source are skipped, and of an id repeated in
     * the file the first occurrence wins. Each check costs a join or a sort, so it is left out when the importer
     * found it cannot matter (a new source; no repeated id).
     */
    static String storeStaged(String stagedUnion, int batch, boolean sourceHasEvents, boolean idsRepeat) {
        String attrColumns = Arrays.stream(AttrColumn.values()).map(AttrColumn::fromStaging).collect(Collectors.joining(", "));
        return """
                INSERT INTO events
                SELECT $1, s.id, make_timestamp(s.time_us), s.customer, s.type, s.channel, s.service, s.reason,
                       %s, s.attrs::JSON, %d
                FROM (%s) s
                %s
                %s"""
                .formatted(attrColumns, batch, stagedUnion,
                        sourceHasEvents ? "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.source = $1 AND e.id = s.id)" : "",
                        idsRepeat ? "QUALIFY row_number() OVER (PARTITION BY s.id ORDER BY s.part, s.line) = 1" : "");
    }
}
