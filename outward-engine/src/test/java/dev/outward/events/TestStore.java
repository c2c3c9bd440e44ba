package dev.outward.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.outward.store.Database;

/** A real DuckDB store in a temporary folder, with helpers to write input files beside it. */
public final class TestStore implements AutoCloseable {

    public final Path dir;
    public final Database database;
    public final EventStore events;

    public TestStore(Path dir) {
        this.dir = dir;
        this.database = Database.open(dir.resolve("data"));
        this.events = new EventStore(database);
    }

    public Path file(String name, List<String> lines) {
        try {
            return Files.write(dir.resolve(name), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportResult importLines(String name, String... lines) {
        return events.newImport(file(name, List.of(lines))).run();
    }

    public long count(String sql) {
        return database.sql().queryLong(sql);
    }

    @Override
    public void close() {
        database.close();
    }
}
