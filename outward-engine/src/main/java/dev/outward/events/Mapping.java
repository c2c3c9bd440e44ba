package dev.outward.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A DuckDB SELECT over a relation named {@code source} (the input file) that returns event-format columns.
 * {@code ${source_dir}} in the text stands for the input file's folder, so a mapping can join side files.
 */
public record Mapping(String name, String sql) {

    public static Mapping read(Path file) {
        try {
            return new Mapping(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new ImportException(file, "cannot read the mapping: " + e.getMessage(), e);
        }
    }

    String resolvedFor(Path input) {
        var folder = input.toAbsolutePath().getParent().toString().replace("'", "''");
        var text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.replace("${source_dir}", folder);
    }
}
