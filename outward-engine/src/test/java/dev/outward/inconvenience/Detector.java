package dev.outward.inconvenience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.outward.events.TestEvent;
import dev.outward.events.TestStore;

/**
 * A real store in a temp folder: import events as batches, run detection, read what it found. As a field with
 * {@code @RegisterExtension Detector detector = Detector.perTest()} every test gets a fresh one.
 */
final class Detector implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    private final TestStore perTest = TestStore.perTest();
    TestStore store;
    private int files;

    Detector(Path dir) {
        this.store = new TestStore(dir);
    }

    private Detector() {
    }

    static Detector perTest() {
        return new Detector();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        perTest.beforeEach(context);
        store = perTest;
        files = 0;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        perTest.afterEach(context);
    }

    /** Imports the events as one batch, as one file would be. */
    Detector given(TestEvent... events) {
        store.importLines("batch-" + (++files) + ".ndjson", Arrays.stream(events).map(TestEvent::json).toArray(String[]::new));
        return this;
    }

    Detector rules(String yaml) {
        try {
            Files.writeString(store.database.dataDir().resolve(RuleCatalog.FILE), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    RuleCatalog catalog() {
        return RuleCatalog.load(store.database);
    }

    DetectionRun run(DetectionMode mode) {
        return new Detection(store.database, catalog()).run(mode);
    }

    /** Runs a full detection and returns every inconvenience. */
    List<Inconvenience> detect() {
        run(DetectionMode.FULL);
        return found();
    }

    List<Inconvenience> detect(String rule) {
        return detect().stream().filter(i -> i.rule().value().equals(rule)).toList();
    }

    List<Inconvenience> found() {
        return new InconvenienceReader(store.database).all();
    }

    @Override
    public void close() {
        store.close();
    }
}
