package dev.outward.collect;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.outward.events.SourceName;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Segment's HTTP Tracking API: {@code /v1/track|identify|page|screen|group|alias|batch|import} and analytics.js's
 * one-letter forms, with or without a trailing slash. A 200 means every accepted message is on disk.
 */
@RestController
class TrackingApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> CALLS = Map.ofEntries(
            Map.entry("track", "track"), Map.entry("t", "track"), Map.entry("identify", "identify"), Map.entry("i", "identify"),
            Map.entry("page", "page"), Map.entry("p", "page"), Map.entry("screen", "screen"), Map.entry("s", "screen"),
            Map.entry("group", "group"), Map.entry("g", "group"), Map.entry("alias", "alias"), Map.entry("a", "alias"),
            Map.entry("batch", "batch"), Map.entry("b", "batch"), Map.entry("import", "batch"));

    private final Collection collection;
    private final SourceKeys keys;
    private final CollectProperties limits;
    private final CollectMetrics metrics;

    TrackingApi(Collection collection, SourceKeys keys, CollectProperties limits, CollectMetrics metrics) {
        this.collection = collection;
        this.keys = keys;
        this.limits = limits;
        this.metrics = metrics;
    }

    @PostMapping(path = {"/v1/{call}", "/v1/{call}/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> receive(@PathVariable String call, HttpServletRequest request) {
        Instant receivedAt = Instant.now();
        String kind = CALLS.get(call);
        if (kind == null) {
            return error(HttpStatus.NOT_FOUND, "no such endpoint: /v1/" + call);
        }
        if (request.getAttribute(RawBody.TOO_LARGE) instanceof String problem) {
            return error(HttpStatus.BAD_REQUEST, problem);
        }
        Map<String, Object> body;
        try {
            body = parse((byte[]) request.getAttribute(RawBody.BODY));
        } catch (JacksonException | ClassCastException | NullPointerException e) {
            return error(HttpStatus.BAD_REQUEST, "invalid JSON: the body must be one JSON object");
        }
        var source = writeKey(request, body).flatMap(keys::verify);
        if (source.isEmpty()) {
            return error(HttpStatus.UNAUTHORIZED, "missing or unknown write key: send it as the Basic user name or as writeKey");
        }
        Calls calls;
        try {
            calls = calls(kind, body, ((byte[]) request.getAttribute(RawBody.BODY)).length, receivedAt);
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        try {
            var acceptance = collection.accept(source.get(), calls);
            metrics.received(acceptance);
            return ResponseEntity.ok(success(acceptance));
        } catch (Overloaded e) {
            metrics.overloaded();
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                    .body(Map.of("success", false, "error", e.getMessage()));
        }
    }

    @SuppressWarnings("unchecked")
    private Calls calls(String kind, Map<String, Object> body, int bodyBytes, Instant receivedAt) {
        List<Map<String, Object>> messages;
        Map<String, Object> context = Map.of();
        Object sentAt = body.get("sentAt");
        if ("batch".equals(kind)) {
            if (!(body.get("batch") instanceof List<?> batch)) {
                throw new IllegalArgumentException("a batch request needs a \"batch\" array");
            }
            if (batch.size() > limits.maxBatchMessages()) {
                throw new IllegalArgumentException("batch of %,d messages is over the limit of %,d".formatted(batch.size(), limits.maxBatchMessages()));
            }
            if (!batch.stream().allMatch(Map.class::isInstance)) {
                throw new IllegalArgumentException("every element of \"batch\" must be a JSON object");
            }
            messages = (List<Map<String, Object>>) batch;
            context = body.get("context") instanceof Map<?, ?> c ? (Map<String, Object>) c : Map.of();
        } else {
            messages = List.of(body);
        }
        // A body within the per-message limit cannot hold a message over it: most batches skip the check.
        for (int i = 0; bodyBytes > limits.maxMessageBytes() && i < messages.size(); i++) {
            int size = JSON.writeValueAsBytes(messages.get(i)).length;
            if (size > limits.maxMessageBytes()) {
                throw new IllegalArgumentException("message %d is %,d bytes, over the limit of %,d bytes per message"
                        .formatted(i, size, limits.maxMessageBytes()));
            }
        }
        return new Calls(messages, "batch".equals(kind) ? null : kind, context, sentAt, receivedAt);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(byte[] body) {
        return (Map<String, Object>) JSON.readValue(body, Map.class);
    }

    private static Optional<String> writeKey(HttpServletRequest request, Map<String, Object> body) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return body.get("writeKey") instanceof String key ? Optional.of(key) : Optional.empty();
    }

    private static Map<String, Object> success(Acceptance acceptance) {
        var response = new LinkedHashMap<String, Object>();
        response.put("success", true);
        response.put("accepted", acceptance.accepted());
        response.put("rejected", acceptance.refused());
        return response;
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("success", false, "error", message));
    }
}
