package dev.outward.events;

import java.nio.file.Path;
import java.util.List;

import dev.outward.store.Database;

/** The events of one data directory: import files into it, read them back, count them. */
public final class EventStore {

    private final Database database;

    public EventStore(Database database) {
        this.database = database;
        Schema.create(database);
    }

    public Import newImport(Path file) {
        return new Import(database, file);
    }

    /** The event stored under this key, if any: ids are unique within a source. */
    public java.util.Optional<StoredEvent> event(String source, String id) {
        return new EventReader(database).get(source, id);
    }

    public StoreStats stats() {
        var sql = database.sql();
        return new StoreStats(
                sql.queryLong("SELECT count(*) FROM events"),
                counts("SELECT type, count(*) FROM events GROUP BY type ORDER BY type"),
                counts("SELECT source, count(*) FROM events GROUP BY source ORDER BY source"),
                sql.queryLong("SELECT count(*) FROM quarantine"));
    }

    public List<StoredEvent> find(EventQuery query) {
        return new EventReader(database).find(query);
    }

    public List<ImportRecord> recentImports(int limit) {
        return database.sql().query("""
                SELECT batch, source, file, finished_at, rows_read, stored, duplicates, rejected, quarantine_file
                FROM imports ORDER BY batch DESC LIMIT ?""",
                row -> new ImportRecord(row.getInt(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toLocalDateTime(), row.getLong(5), row.getLong(6), row.getLong(7),
                        row.getLong(8), row.getString(9)), limit);
    }

    private java.util.Map<String, Long> counts(String sql) {
        var map = new java.util.LinkedHashMap<String, Long>();
        database.sql().query(sql, row -> map.put(row.getString(1), row.getLong(2)));
        return map;
    }
}
