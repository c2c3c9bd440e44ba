package dev.outward.events;

/** Told, from the importing thread, how far an import has got; a terminal shows it as a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total, rows) -> { };

    /**
     * @param done  bytes (or rows, for mapped files) processed so far
     * @param total the same unit's total, or -1 when unknown
     * @param rows  rows read so far
     */
    void advanced(long done, long total, long rows);
}
