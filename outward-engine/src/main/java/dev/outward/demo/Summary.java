package dev.outward.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was written.
 *
 * @param eventsByType events written per event type ({@code "contact"}, {@code "bill"}…), in the event format's order
 * @param bytes size of the file
 */
public record Summary(Map<String, Long> eventsByType, long bytes) {
    public Summary {
        eventsByType = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByType));
    }

    /** All events written. */
    public long events() {
        return eventsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Events written of one type, 0 for a type not written. */
    public long events(String type) {
        return eventsByType.getOrDefault(type, 0L);
    }
}
