package dev.outward.events;

import java.nio.file.Path;

/** A file could not be imported at all; nothing of it was stored. The message says why and what to do. */
public class ImportException extends RuntimeException {

    public ImportException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }

    public ImportException(Path file, String problem) {
        this(file, problem, null);
    }
}
