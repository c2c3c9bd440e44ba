package dev.outward.cli;


import dev.outward.events.EventStore;
import dev.outward.store.Database;

/** Opens the store of the data directory the root command was given. */
final class DataDir {

    static Database open(Outward root) {
        return Database.open(root.data);
    }

    static EventStore events(Database database) {
        return new EventStore(database);
    }

    private DataDir() {
    }
}
