package dev.outward.cli;

import java.io.PrintWriter;

import dev.outward.events.ImportResult;

/** The import summary a person reads: what was read, stored, skipped, rejected, and where rejects went. */
final class Summary {

    private Summary() {
    }

    static void print(ImportResult result, PrintWriter out) {
        out.printf("%s: read %,d, stored %,d, duplicates skipped %,d, rejected %,d%n", result.file().getFileName(),
                result.read(), result.stored(), result.duplicates(), result.rejected());
        if (!result.clean()) {
            result.firstRejections().stream().limit(5).forEach(r -> out.println("  rejected " + r));
            if (result.rejected() > 5) {
                out.printf("  … and %,d more%n", result.rejected() - 5);
            }
            result.quarantineFile().ifPresent(q -> out.println("  quarantine: " + q));
        }
        out.flush();
    }
}
