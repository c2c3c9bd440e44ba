package dev.outward.server;

import java.nio.file.Path;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the server keeps its data.
 *
 * @param dataDir the data directory ({@code outward --data}); created when missing
 */
@ConfigurationProperties("outward.server")
public record ServerSettings(Path dataDir) {

    public ServerSettings {
        dataDir = Objects.requireNonNullElse(dataDir, Path.of("outward-data"));
    }
}
