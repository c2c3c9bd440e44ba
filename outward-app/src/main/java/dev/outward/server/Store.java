package dev.outward.server;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import dev.outward.events.EventStore;
import dev.outward.store.Database;

/**
 * The store shared by request threads, one at a time. The engine's main connection is not meant for concurrent
 * use, and an import's transaction runs on it: a page read in the middle would see, or join, that transaction.
 * The lock is fair so that a page waiting behind an import is served next.
 */
public final class Store {

    private final Database database;
    private final EventStore events;
    private final ReentrantLock turn = new ReentrantLock(true);

    public Store(Database database, EventStore events) {
        this.database = database;
        this.events = events;
    }

    /** For tools that open the store themselves, such as {@code outward users}. */
    public static Store of(Database database) {
        return new Store(database, new EventStore(database));
    }

    public <T> T events(Function<EventStore, T> work) {
        turn.lock();
        try {
            return work.apply(events);
        } finally {
            turn.unlock();
        }
    }

    public <T> T database(Function<Database, T> work) {
        turn.lock();
        try {
            return work.apply(database);
        } finally {
            turn.unlock();
        }
    }

    public Path dataDir() {
        return database.dataDir();
    }
}
