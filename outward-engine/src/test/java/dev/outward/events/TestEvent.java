package dev.outward.events;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Fixture builder for one event-format line: {@code TestEvent.of("contact").customer("A").attr("wait_s", 301).json()}. */
public final class TestEvent {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static int counter;

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Object> attrs = new LinkedHashMap<>();

    private TestEvent(String type) {
        fields.put("id", "e-" + (++counter));
        fields.put("time", "2026-03-01T10:15:00Z");
        fields.put("customer", "A-1");
        fields.put("type", type);
    }

    public static TestEvent of(String type) {
        return new TestEvent(type);
    }

    public TestEvent id(String id) {
        return set("id", id);
    }

    public TestEvent at(String time) {
        return set("time", time);
    }

    public TestEvent customer(String customer) {
        return set("customer", customer);
    }

    public TestEvent service(String service) {
        return set("service", service);
    }

    public TestEvent channel(String channel) {
        return set("channel", channel);
    }

    public TestEvent set(String field, Object value) {
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        return this;
    }

    public TestEvent attr(String key, Object value) {
        attrs.put(key, value);
        return this;
    }

    public String json() {
        var all = new LinkedHashMap<>(fields);
        if (!attrs.isEmpty()) {
            all.put("attrs", attrs);
        }
        return JSON.writeValueAsString(all);
    }
}
