package dev.outward.server;

/** A file was imported through the server; metrics and, later, detection react to it. */
public record EventsImported(String source, String file, long read, long stored, long duplicates, long rejected) {
}
