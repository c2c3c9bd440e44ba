package dev.outward.server;

import java.nio.file.Path;
import java.util.function.Function;

import dev.outward.events.EventStore;
import dev.outward.store.Database;

/**
 * The store as request threads use it. No lock is needed: {@link Database} gives every thread its own DuckDB
 * connection, so a page read never sees or joins an import's transaction, and DuckDB's MVCC lets pages read
 * while an import or the collector writes.
 */
public final class Store {

    private final Database database;
    private final EventStore events;

    public Store(Database database, EventStore events) {
        this.database = database;
        this.events = events;
    }

    /** For tools that open the store themselves, such as {@code outward users}. */
    public static Store of(Database database) {
        return new Store(database, new EventStore(database));
    }

    public <T> T events(Function<EventStore, T> work) {
        return work.apply(events);
    }

    public <T> T database(Function<Database, T> work) {
        return work.apply(database);
    }

    public Path dataDir() {
        return database.dataDir();
    }
}
