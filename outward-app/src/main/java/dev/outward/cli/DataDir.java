package dev.outward.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.outward.events.EventStore;
import dev.outward.server.ServerFile;
import dev.outward.store.Database;
import dev.outward.store.StoreException;

/**
 * Opens the store of the data directory the root command was given, naming the server if one holds it. Commands that
 * only read open it with {@link #existing}: opening creates a store, so a mistyped --data would otherwise answer with
 * the zeros of a new empty store, and leave it behind.
 */
final class DataDir {

    /** For commands that store something (import, demo, users add, sources create): a new directory gets a store. */
    static Database open(Outward root) {
        return open(root.data);
    }

    /** For commands that only read: refuses, creating nothing, a directory without a store. */
    static Database existing(Outward root) {
        if (!Files.exists(root.data.resolve(Database.FILE))) {
            throw new StoreException("There is no Outward store in " + root.data + ": import data first (outward import FILE,"
                    + " or outward demo), or check --data and OUTWARD_DATA.", null);
        }
        return open(root.data);
    }

    static Database open(Path data) {
        try {
            return Database.open(data);
        } catch (StoreException e) {
            var server = ServerFile.read(data);
            if (server.isEmpty()) {
                throw e;
            }
            throw new StoreException("The store in " + data + " is held by the Outward server at " + server.get().url()
                    + " (pid " + server.get().pid() + "). Use it there: pages, the API, or outward import with"
                    + " --token-file or OUTWARD_TOKEN sends files to it. Or stop it (Ctrl+C where it runs, or kill " + server.get().pid()
                    + ") and try again.", e);
        }
    }

    static EventStore events(Database database) {
        return new EventStore(database);
    }

    private DataDir() {
    }
}
