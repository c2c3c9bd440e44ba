package dev.outward.events;

import java.util.Map;

/** How much is stored: the {@code outward stats} figures. */
public record StoreStats(long events, Map<String, Long> byType, Map<String, Long> bySource, long quarantined) {
}
