package dev.outward;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each test application context a fresh data directory with a real DuckDB store. An initializer (not a
 * dynamic property) so that test classes with the same annotation share one cached context.
 */
public class TempDataDir implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path dir = Files.createTempDirectory("outward-test-");
            prepare(dir);
            TestPropertyValues.of("outward.server.data-dir=" + dir).applyTo(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hook for subclasses that put data into the directory before the server opens it. */
    protected void prepare(Path dir) throws IOException {
    }
}
