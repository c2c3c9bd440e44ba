package dev.outward.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.outward.store.Database;

/**
 * A real DuckDB store in a temporary folder, with helpers to write input files beside it. As a field with
 * {@code @RegisterExtension TestStore store = TestStore.perTest()} every test gets a fresh one.
 */
public final class TestStore implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    public Path dir;
    public Database database;
    public EventStore events;

    public TestStore(Path dir) {
        open(dir);
    }

    private TestStore() {
    }

    public static TestStore perTest() {
        return new TestStore();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        open(Files.createTempDirectory("outward-test-"));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void open(Path dir) {
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
