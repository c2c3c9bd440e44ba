package dev.outward.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import dev.outward.events.SourceName;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Segment's HTTP Tracking API: {@code /v1/track|identify|page|screen|group|alias|batch|import} and analytics.js's
 * one-letter forms, with or without a trailing slash. A 200 means every accepted message is on disk.
 * <p>
 * A plain servlet on {@code /v1/*} rather than a Spring MVC controller: the dispatcher's mapping, argument
 * resolution, model attributes and message converters cost more per request than this API's own work, and the
 * security chain (CORS) and the raw body filter still run before it.
 */
final class TrackingApi extends HttpServlet {

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

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var answer = receive(request);
        response.setStatus(answer.status());
        if (answer.retryAfterSeconds() > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(answer.retryAfterSeconds()));
        }
        byte[] body = JSON.writeValueAsBytes(answer.body());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** What a request gets: a status, a JSON body, and for a 429 when to retry. */
    private record Answer(int status, Map<String, Object> body, int retryAfterSeconds) {
    }

    private Answer receive(HttpServletRequest request) {
        Instant receivedAt = Instant.now();
        String call = call(request.getPathInfo());
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
            return new Answer(HttpStatus.OK.value(), success(acceptance), 0);
        } catch (Overloaded e) {
            metrics.overloaded();
            return new Answer(HttpStatus.TOO_MANY_REQUESTS.value(), Map.of("success", false, "error", e.getMessage()),
                    e.retryAfterSeconds());
        }
    }

    /** "/track/" → "track": the path after /v1/, with or without a trailing slash. */
    private static String call(String pathInfo) {
        if (pathInfo == null) {
            return "";
        }
        int end = pathInfo.endsWith("/") ? pathInfo.length() - 1 : pathInfo.length();
        return end <= 1 ? "" : pathInfo.substring(1, end);
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

    private static Answer error(HttpStatus status, String message) {
        return new Answer(status.value(), Map.of("success", false, "error", message), 0);
    }
}
