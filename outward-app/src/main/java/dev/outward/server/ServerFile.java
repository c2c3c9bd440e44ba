package dev.outward.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@value #NAME} in the data directory names the server that holds the store, so that a command that finds the
 * store locked can say where the server is instead of only that it is locked. A stale file (its process gone) is
 * ignored.
 */
public final class ServerFile {

    public static final String NAME = "server.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServerFile() {
    }

    public static Optional<RunningServer> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            var json = JSON.readTree(Files.readString(file));
            var server = new RunningServer(json.path("pid").asLong(), json.path("url").asString());
            return server.alive() ? Optional.of(server) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(Path dataDir, RunningServer server) throws IOException {
        Path temporary = dataDir.resolve(NAME + ".tmp");
        Files.writeString(temporary, JSON.writeValueAsString(Map.of("pid", server.pid(), "url", server.url())));
        Files.move(temporary, dataDir.resolve(NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (IOException e) {
            // A leftover file is harmless: readers check that its process is alive.
        }
    }
}
