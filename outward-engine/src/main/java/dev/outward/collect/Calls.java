package dev.outward.collect;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The calls of one request. {@code defaultType} is what the endpoint implies (e.g. "track" for /v1/track);
 * {@code context} and {@code sentAt} are the batch's, merged into each call as Segment does.
 */
public record Calls(List<Map<String, Object>> messages, String defaultType, Map<String, Object> context, Object sentAt,
                    Instant receivedAt) {

    public Calls {
        messages = List.copyOf(messages);
        context = context == null ? Map.of() : context;
    }
}
