package dev.outward.events;

import java.time.LocalDateTime;

/** One finished import as the store remembers it. */
public record ImportRecord(int batch, String source, String file, LocalDateTime finishedAt, long read, long stored,
                           long duplicates, long rejected, String quarantineFile) {
}
