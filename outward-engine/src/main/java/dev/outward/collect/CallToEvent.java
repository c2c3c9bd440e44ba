package dev.outward.collect;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.outward.events.EventType;

/**
 * Turns a Segment call into an event-format object: identify → profile; track → the source's mapping, or the
 * Outward type its name already is; anything else → {@code custom}, so nothing sent is lost.
 */
final class CallToEvent {

    private static final Set<String> FIELDS = Set.of("channel", "service", "reason");

    private final TrackMapping mapping;

    CallToEvent(TrackMapping mapping) {
        this.mapping = mapping;
    }

    Map<String, Object> convert(SegmentCall call, Instant receivedAt, Object batchSentAt) {
        if (call.type == null || !SegmentCall.TYPES.contains(call.type)) {
            throw new SegmentCall.BadCall("type: \"" + call.type + "\" is not a Segment call (identify, track, page,"
                    + " screen, group, alias)");
        }
        String customer = call.customer();
        if (customer == null) {
            throw new SegmentCall.BadCall("neither userId nor anonymousId: a call must say which customer it is about");
        }
        var event = new LinkedHashMap<String, Object>();
        event.put("id", call.messageId());
        event.put("time", call.time(receivedAt, batchSentAt).toString());
        event.put("customer", customer);
        var attrs = new LinkedHashMap<String, Object>();
        switch (call.type) {
            case "identify" -> profile(call, event, attrs);
            case "track" -> track(call, event, attrs);
            default -> custom(call, event, attrs);
        }
        if (!attrs.isEmpty()) {
            event.put("attrs", attrs);
        }
        return event;
    }

    private static void profile(SegmentCall call, Map<String, Object> event, Map<String, Object> attrs) {
        event.put("type", "profile");
        attrs.putAll(call.map("traits"));
    }

    private void track(SegmentCall call, Map<String, Object> event, Map<String, Object> attrs) {
        String name = call.text("event");
        var properties = call.map("properties");
        var rule = name == null ? null : mapping.events().get(name);
        if (rule != null) {
            event.put("type", rule.type());
            var fields = new java.util.HashSet<String>();
            for (var field : new String[][] {{"service", rule.service()}, {"channel", rule.channel()}, {"reason", rule.reason()}}) {
                if (field[1] != null) {
                    putField(event, field[0], properties.get(field[1]));
                    fields.add(field[1]);
                }
            }
            properties.forEach((key, value) -> {
                if (!fields.contains(key)) {
                    attrs.put(rule.properties().getOrDefault(key, key), value);
                }
            });
            attrs.putAll(rule.attrs());
        } else if (name != null && EventType.fromWire(name).filter(t -> t != EventType.CUSTOM).isPresent()) {
            event.put("type", name);
            properties.forEach((key, value) -> {
                if (FIELDS.contains(key)) {
                    putField(event, key, value);
                } else {
                    attrs.put(key, value);
                }
            });
        } else {
            custom(call, event, attrs);
        }
    }

    private static void custom(SegmentCall call, Map<String, Object> event, Map<String, Object> attrs) {
        event.put("type", "custom");
        event.put("channel", "screen".equals(call.type) ? "app" : "page".equals(call.type) ? "web" : null);
        event.values().removeIf(java.util.Objects::isNull);
        attrs.put("call", call.type);
        for (String key : new String[] {"event", "name", "category", "groupId", "previousId", "properties", "traits", "context"}) {
            Object value = call.message.get(key);
            if (value != null) {
                attrs.put(key, value);
            }
        }
    }

    private static void putField(Map<String, Object> event, String field, Object value) {
        if (value != null) {
            event.put(field, value instanceof String s ? s : String.valueOf(value));
        }
    }
}
