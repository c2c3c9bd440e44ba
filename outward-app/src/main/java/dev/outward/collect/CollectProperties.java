package dev.outward.collect;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The collection API's settings ({@code outward.collect.*}); every one has a default.
 *
 * @param applyEvery        how often acknowledged events move from the write-ahead log into the store
 * @param segmentEvents     events per write-ahead log segment
 * @param maxPending        acknowledged-but-unstored events beyond which senders get 429
 * @param retryAfterSeconds the Retry-After of a 429
 * @param maxMessageBytes   one message's limit (Segment's: 32 KB)
 * @param maxRequestBytes   one request's limit after decompression (Segment's: 500 KB)
 * @param maxBatchMessages  messages in one batch
 */
@ConfigurationProperties("outward.collect")
record CollectProperties(Duration applyEvery, Integer segmentEvents, Long maxPending, Integer retryAfterSeconds,
                         Integer maxMessageBytes, Integer maxRequestBytes, Integer maxBatchMessages) {

    CollectProperties {
        var defaults = CollectSettings.defaults();
        applyEvery = applyEvery != null ? applyEvery : defaults.applyEvery();
        segmentEvents = segmentEvents != null ? segmentEvents : defaults.segmentEvents();
        maxPending = maxPending != null ? maxPending : defaults.maxPending();
        retryAfterSeconds = retryAfterSeconds != null ? retryAfterSeconds : defaults.retryAfterSeconds();
        maxMessageBytes = maxMessageBytes != null ? maxMessageBytes : 32 * 1024;
        maxRequestBytes = maxRequestBytes != null ? maxRequestBytes : 500 * 1024;
        maxBatchMessages = maxBatchMessages != null ? maxBatchMessages : 2_500;
        if (maxMessageBytes < 1 || maxRequestBytes < maxMessageBytes || maxBatchMessages < 1) {
            throw new IllegalArgumentException("outward.collect limits must be positive and max-request-bytes >= max-message-bytes");
        }
    }

    /** The engine's settings; its constructor validates them at start. */
    CollectSettings engine() {
        return new CollectSettings(applyEvery, segmentEvents, maxPending, retryAfterSeconds);
    }
}
