package dev.outward.events;

/** A row that was not stored: where it was, why, and the row itself exactly as it came. */
public record Rejection(String file, long line, String reason, String raw) {

    @Override
    public String toString() {
        return file + ":" + line + "  " + reason;
    }
}
