package dev.outward.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.outward.events.ImportResult;
import tools.jackson.databind.JsonNode;

/**
 * The import summary a person reads: what was read, stored, skipped, rejected, and where rejects went. The same
 * whether this process imported the file or the server that holds the store did.
 */
record Summary(String file, long read, long stored, long duplicates, long rejected, List<String> firstRejections,
               Optional<String> quarantineFile) {

    /** Reasons shown; the others are counted, and every one is in the quarantine file. */
    private static final int REASONS = 5;

    static Summary of(ImportResult result) {
        return new Summary(String.valueOf(result.file().getFileName()), result.read(), result.stored(), result.duplicates(),
                result.rejected(), result.firstRejections().stream().map(Object::toString).toList(),
                result.quarantineFile().map(Object::toString));
    }

    /** From the answer of {@code POST /api/v1/imports}. */
    static Summary of(String file, JsonNode answer) {
        var reasons = new ArrayList<String>();
        answer.path("first_rejections").forEach(reason -> reasons.add(reason.asString()));
        var quarantine = answer.path("quarantine_file");
        return new Summary(file, answer.path("read").asLong(), answer.path("stored").asLong(), answer.path("duplicates").asLong(),
                answer.path("rejected").asLong(), reasons,
                quarantine.isString() ? Optional.of(quarantine.asString()) : Optional.empty());
    }

    boolean clean() {
        return rejected == 0;
    }

    void print(PrintWriter out) {
        out.printf("%s: read %,d, stored %,d, duplicates skipped %,d, rejected %,d%n", file, read, stored, duplicates, rejected);
        if (!clean()) {
            firstRejections.stream().limit(REASONS).forEach(r -> out.println("  rejected " + r));
            if (rejected > REASONS) {
                out.printf("  … and %,d more%n", rejected - REASONS);
            }
            quarantineFile.ifPresent(q -> out.println("  quarantine: " + q));
        }
        out.flush();
    }
}
