package dev.outward.inconvenience;

/**
 * A detection run committed: pages, caches and metrics refresh from it without detection knowing they exist.
 *
 * @param added   inconveniences the run wrote (an incremental run rewrites those from its start time)
 * @param removed inconveniences the run deleted before writing
 * @param total   inconveniences stored after the run
 */
public record DetectionCompleted(int run, DetectionMode mode, long added, long removed, long total, long durationMillis) {

    static DetectionCompleted of(DetectionRun run) {
        return new DetectionCompleted(run.run(), run.mode(), run.added(), run.removed(), run.total(), run.duration().toMillis());
    }
}
