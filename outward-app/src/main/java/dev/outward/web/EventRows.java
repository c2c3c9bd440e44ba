package dev.outward.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.outward.events.StoredEvent;

/** A customer's events as a timeline table and as event-format JSON (the shape {@code outward events} prints). */
final class EventRows {

    static final List<String> COLUMNS = List.of("time", "type", "channel", "service", "reason", "source", "id");

    private EventRows() {
    }

    static List<Object> row(StoredEvent event) {
        var row = new ArrayList<Object>();
        row.add(event.time().toString());
        row.add(event.type());
        row.add(event.channel());
        row.add(event.service());
        row.add(event.reason());
        row.add(event.source());
        row.add(event.id());
        return row;
    }

    static Map<String, Object> json(StoredEvent event) {
        var json = new LinkedHashMap<String, Object>();
        json.put("source", event.source());
        json.put("id", event.id());
        json.put("time", event.time().toString());
        json.put("customer", event.customer());
        json.put("type", event.type());
        json.put("channel", event.channel());
        json.put("service", event.service());
        json.put("reason", event.reason());
        var attrs = new LinkedHashMap<String, Object>();
        event.attrs().forEach((k, v) -> attrs.put(k, v instanceof java.time.temporal.Temporal ? v.toString() : v));
        json.put("attrs", attrs);
        return json;
    }
}
