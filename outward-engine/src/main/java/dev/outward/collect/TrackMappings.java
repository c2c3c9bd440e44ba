package dev.outward.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.outward.events.SourceName;

/** Each source's {@link TrackMapping}, kept as {@code collect/<source>.yaml} in the data directory. */
public final class TrackMappings {

    private final Path dir;
    private final Map<SourceName, TrackMapping> cache = new ConcurrentHashMap<>();

    TrackMappings(Path dir) {
        this.dir = dir;
    }

    public TrackMapping of(SourceName source) {
        return cache.computeIfAbsent(source, s -> TrackMapping.read(file(s)));
    }

    /** Validates and saves a mapping; the next request of the source uses it. */
    public TrackMapping save(SourceName source, String yaml) {
        var mapping = TrackMapping.parse(yaml);
        try {
            Files.createDirectories(dir);
            Files.writeString(file(source), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the mapping of " + source, e);
        }
        cache.put(source, mapping);
        return mapping;
    }

    public String yaml(SourceName source) {
        try {
            return Files.exists(file(source)) ? Files.readString(file(source)) : "events: {}\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(SourceName source) {
        return dir.resolve(source.value() + ".yaml");
    }
}
