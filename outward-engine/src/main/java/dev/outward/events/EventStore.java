package dev.outward.events;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.outward.store.Database;

/** The events of one data directory: import files into it, read them back, count them. */
public final class EventStore {

    /** SQL: the stored {@code alias} calls, which move a previous id's events to a customer ({@link #applyAliases}). */
    private static final String ALIAS_CALLS = "type = 'custom' AND json_extract_string(attrs, '$.call') = 'alias'";

    private final Database database;

    /**
     * Whether any alias call is stored. A store without custom events has none, which its {@link Inventory} says
     * without reading the events: a detection run asks every time (a scan of every event's type, 9 ms at 10M events).
     */
    public static boolean hasAliasCalls(Database database) {
        return database.sql().queryLong("SELECT count(*) FROM inventory WHERE type = 'custom'") > 0
                && database.sql().queryLong("SELECT count(*) FROM events WHERE " + ALIAS_CALLS) > 0;
    }

    public EventStore(Database database) {
        this.database = database;
        Schema.create(database);
    }

    /**
     * DuckDB checkpoints (rewrites its tables' blocks and metadata) whenever its WAL passes a threshold, 16 MB by
     * default; a caller committing small batches every second (the collection applier) then pays a checkpoint every
     * few batches, each costing more as the table grows. A larger threshold makes them rarer; what is not yet
     * checkpointed is in DuckDB's WAL, so durability is the same, and only a restart replays more.
     */
    public void checkpointEvery(String walSize) {
        database.execute("SET checkpoint_threshold = '" + walSize.replace("'", "") + "'");
    }

    public Import newImport(Path file) {
        return new Import(database, file);
    }

    /** The event stored under this key, if any: ids are unique within a source. */
    public java.util.Optional<StoredEvent> event(String source, String id) {
        return new EventReader(database).get(source, id);
    }

    /**
     * The event stored under this key at this time. Knowing the time lets DuckDB skip every stretch of the store
     * whose times lie elsewhere, instead of comparing every stored id.
     */
    public java.util.Optional<StoredEvent> event(String source, String id, java.time.Instant time) {
        return new EventReader(database).get(source, id, time);
    }

    public StoreStats stats() {
        var sql = database.sql();
        return new StoreStats(
                sql.queryLong("SELECT count(*) FROM events"),
                counts("SELECT type, sum(events) FROM inventory GROUP BY type ORDER BY type"),
                counts("SELECT source, sum(events) FROM inventory GROUP BY source ORDER BY source"),
                sql.queryLong("SELECT count(*) FROM quarantine"));
    }

    /** Counts per source and type, the quarantine, and the values in use: what a data page shows. */
    public Inventory inventory() {
        return new Inventory(database);
    }

    /**
     * Indexes where the customers of the batches stored since the last call have their events, so that finding one
     * customer's events reads those rows only ({@link CustomerIndex}). Detection calls it on each run.
     */
    public void indexCustomers() {
        CustomerIndex.catchUp(database);
    }

    public List<StoredEvent> find(EventQuery query) {
        return new EventReader(database).find(query);
    }

    /**
     * Where the customer's latest {@code limit} events before {@code before} (all, when empty) begin: the time of the
     * {@code limit}-th latest, or empty when no earlier event remains. Counts the events detection has indexed; later
     * ones are read beside them.
     */
    public Optional<Instant> pageStart(CustomerId customer, int limit, Optional<Instant> before) {
        return CustomerIndex.pageStart(database, customer.value(), limit, before)
                .filter(time -> CustomerIndex.anyBefore(database, customer.value(), time));
    }

    /**
     * A page of the customer's events: their latest {@code limit} before {@code before} (or of all), in time order, or
     * a few more (every one at the page's first time, and those imported since the index last caught up), and the time
     * the page begins at when earlier events remain. A long history is read a page at a time: all of a customer's 400
     * events at 100M events took 1.1–2.6 s, their row groups spread over most of the table.
     */
    public EventPage latest(CustomerId customer, int limit, Optional<Instant> before) {
        var start = pageStart(customer, limit, before);
        return new EventPage(find(EventQuery.all(Integer.MAX_VALUE).forCustomer(customer).between(start, before)), start);
    }

    public List<ImportRecord> recentImports(int limit) {
        return database.sql().query("""
                SELECT batch, source, file, finished_at, rows_read, stored, duplicates, rejected, quarantine_file
                FROM imports ORDER BY batch DESC LIMIT ?""",
                row -> new ImportRecord(row.getInt(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toLocalDateTime(), row.getLong(5), row.getLong(6), row.getLong(7),
                        row.getLong(8), row.getString(9)), limit);
    }

    /**
     * Keeps rows that were refused before they could become events (e.g. collected calls naming no customer), as one
     * batch of the quarantine.
     */
    public void quarantine(SourceName source, String file, List<Rejection> rejections) {
        int batch = (int) database.sql().queryLong("SELECT nextval('batch_seq')");
        for (var rejection : rejections) {
            database.sql().update("INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?)", batch, source.value(),
                    rejection.file(), rejection.line(), rejection.reason(), rejection.raw());
        }
        database.sql().update("INSERT INTO imports VALUES (?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP, ?, 0, 0, ?, NULL)",
                batch, source.value(), file, (long) rejections.size(), (long) rejections.size());
    }

    /**
     * Collected {@code alias} calls say that {@code previousId} and the call's customer are one person: events stored
     * under the previous id move to the customer, in a new batch so that incremental detection looks at them again.
     */
    public long applyAliases() {
        return database.sql().update("""
                UPDATE events SET customer = alias.customer, batch = (SELECT nextval('batch_seq'))
                FROM (SELECT DISTINCT source, customer, json_extract_string(attrs, '$.previousId') AS previous
                      FROM events WHERE %s) alias
                WHERE events.source = alias.source AND events.customer = alias.previous AND alias.previous <> alias.customer"""
                .formatted(ALIAS_CALLS));
    }

    private java.util.Map<String, Long> counts(String sql) {
        var map = new java.util.LinkedHashMap<String, Long>();
        database.sql().query(sql, row -> map.put(row.getString(1), row.getLong(2)));
        return map;
    }
}
