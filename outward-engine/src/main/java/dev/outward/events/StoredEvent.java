package dev.outward.events;

import java.time.Instant;
import java.util.Map;

/** An event as stored: its source, the event-format fields, and every attribute (typed ones and the rest). */
public record StoredEvent(String source, String id, Instant time, String customer, String type, String channel,
                          String service, String reason, Map<String, Object> attrs) {
}
