package dev.outward.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one file's import did. {@code read} counts non-blank rows; each was stored, skipped as a duplicate of
 * an event already stored for the source (or earlier in the file), or rejected into the quarantine.
 */
public record ImportResult(Path file, SourceName source, int batch, long read, long stored, long duplicates,
                           long rejected, List<Rejection> firstRejections, Optional<Path> quarantineFile) {

    public static final int FIRST_REJECTIONS = 10;

    public boolean clean() {
        return rejected == 0;
    }
}
