package dev.outward.events;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One candidate event between parsing and storing. Reused row after row by one import worker, so it is
 * mutable and package-private; nothing outside the importer ever sees one.
 */
final class Draft {

    // As read: JSON values (String, Long, Double, Boolean, Map, List) or null when absent.
    Object id;
    Object time;
    Object customer;
    Object type;
    Object channel;
    Object service;
    Object reason;
    Object attrs;
    String unknownField;

    // Filled by Validation.
    long timeMicros;
    EventType eventType;
    final Object[] typed = new Object[AttrColumn.values().length];
    final Map<String, Object> extraAttrs = new LinkedHashMap<>();

    void reset() {
        id = time = customer = type = channel = service = reason = attrs = null;
        unknownField = null;
        eventType = null;
        Arrays.fill(typed, null);
        extraAttrs.clear();
    }

    /** Fills the draft from an already parsed event-format object (collection builds them as maps). */
    void fill(java.util.Map<String, Object> event) {
        reset();
        event.forEach(this::set);
    }

    /** Sets a top-level field by its wire name; remembers the first unknown one. */
    void set(String field, Object value) {
        switch (field) {
            case "id" -> id = value;
            case "time" -> time = value;
            case "customer" -> customer = value;
            case "type" -> type = value;
            case "channel" -> channel = value;
            case "service" -> service = value;
            case "reason" -> reason = value;
            case "attrs" -> attrs = value;
            default -> {
                if (unknownField == null) {
                    unknownField = field;
                }
            }
        }
    }
}
