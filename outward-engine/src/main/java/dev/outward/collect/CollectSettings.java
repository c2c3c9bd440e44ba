package dev.outward.collect;

import java.time.Duration;

/**
 * How collection behaves. {@code maxPending} bounds what may wait in the write-ahead log: beyond it senders get
 * 429 rather than the server growing without limit when the store is slower than they are.
 */
public record CollectSettings(Duration applyEvery, int segmentEvents, long maxPending, int retryAfterSeconds) {

    public CollectSettings {
        if (applyEvery.isNegative() || applyEvery.isZero()) {
            throw new IllegalArgumentException("applyEvery must be positive, got " + applyEvery);
        }
        if (segmentEvents < 1 || maxPending < segmentEvents || retryAfterSeconds < 1) {
            throw new IllegalArgumentException("segmentEvents must be >= 1, maxPending >= segmentEvents and"
                    + " retryAfterSeconds >= 1; got " + segmentEvents + ", " + maxPending + ", " + retryAfterSeconds);
        }
    }

    public static CollectSettings defaults() {
        return new CollectSettings(Duration.ofSeconds(1), 200_000, 2_000_000, 2);
    }
}
