package dev.outward.collect;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One Segment call (identify, track, page, screen, group, alias) as the Tracking API defines it: who it is about,
 * which message it is, and when it happened.
 */
final class SegmentCall {

    static final java.util.Set<String> TYPES = java.util.Set.of("identify", "track", "page", "screen", "group", "alias");

    final String type;
    final Map<String, Object> message;

    private SegmentCall(String type, Map<String, Object> message) {
        this.type = type;
        this.message = message;
    }

    /** @param defaultType the call type the endpoint implies, for single calls that do not say it themselves */
    static SegmentCall of(Map<String, Object> message, String defaultType, Map<String, Object> batchContext) {
        Object type = message.getOrDefault("type", defaultType);
        if (batchContext == null || batchContext.isEmpty()) {
            return new SegmentCall(type instanceof String s ? s : null, message);
        }
        // As Segment does: the batch's context fills in what a message's own context does not say.
        var context = new LinkedHashMap<>(batchContext);
        if (message.get("context") instanceof Map<?, ?> own) {
            own.forEach((k, v) -> context.put((String) k, v));
        }
        var merged = new LinkedHashMap<>(message);
        merged.put("context", context);
        return new SegmentCall(type instanceof String s ? s : null, merged);
    }

    /** userId, else anonymousId; numbers are accepted as the SDKs allow them. */
    String customer() {
        String user = text(message.get("userId"));
        return user != null ? user : text(message.get("anonymousId"));
    }

    String messageId() {
        String id = text(message.get("messageId"));
        return id != null ? id : "outward-" + UUID.randomUUID();
    }

    /**
     * Segment's rule: {@code timestamp} if given; else {@code receivedAt - (sentAt - originalTimestamp)}, which corrects
     * a device clock that is off; else {@code receivedAt}.
     */
    Instant time(Instant receivedAt, Object batchSentAt) {
        Instant timestamp = instant("timestamp", message.get("timestamp"));
        if (timestamp != null) {
            return timestamp;
        }
        Instant original = instant("originalTimestamp", message.get("originalTimestamp"));
        Object sent = message.getOrDefault("sentAt", batchSentAt);
        Instant sentAt = instant("sentAt", sent);
        if (original != null && sentAt != null) {
            return receivedAt.minus(java.time.Duration.between(original, sentAt));
        }
        return receivedAt;
    }

    Map<String, Object> map(String key) {
        return message.get(key) instanceof Map<?, ?> m ? castMap(m) : Map.of();
    }

    String text(String key) {
        return text(message.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String text(Object value) {
        if (value instanceof String s && !s.isBlank()) {
            return s;
        }
        return value instanceof Number n ? n.toString() : null;
    }

    private static Instant instant(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new BadCall(field + ": must be an ISO 8601 timestamp string, got " + value);
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadCall(field + ": \"" + s + "\" is not an ISO 8601 timestamp with offset");
        }
    }

    /** The call cannot become an event; the message says why, for the quarantine. */
    static final class BadCall extends RuntimeException {
        BadCall(String reason) {
            super(reason, null, false, false);
        }
    }
}
