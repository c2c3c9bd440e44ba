package dev.outward.inconvenience;

/** How much a detection run recomputes. */
public enum DetectionMode {
    /** Everything, from all events. */
    FULL,
    /** Only what the events imported since the last run can change; falls back to full when it cannot know. */
    INCREMENTAL
}
