package dev.outward.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.outward.events.StoredEvent;

/** A stored event in the event format's own shape, plus its source. */
final class EventJson {

    private EventJson() {
    }

    static Map<String, Object> of(StoredEvent event) {
        var json = new LinkedHashMap<String, Object>();
        json.put("source", event.source());
        json.put("id", event.id());
        json.put("time", event.time().toString());
        putIfPresent(json, "customer", event.customer());
        json.put("type", event.type());
        putIfPresent(json, "channel", event.channel());
        putIfPresent(json, "service", event.service());
        putIfPresent(json, "reason", event.reason());
        if (!event.attrs().isEmpty()) {
            var attrs = new LinkedHashMap<String, Object>();
            event.attrs().forEach((k, v) -> attrs.put(k, v instanceof java.time.Instant || v instanceof java.time.LocalDate ? v.toString() : v));
            json.put("attrs", attrs);
        }
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
