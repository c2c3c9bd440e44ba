package dev.outward.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A source's mapping of track event names to Outward events, kept as YAML in the data directory:
 * <pre>
 * events:
 *   Payment Failed:
 *     type: payment
 *     attrs: {status: failed}          # fixed attributes
 *     properties: {total: amount}      # property renames: property -> attribute
 *     service: system                  # which property holds the service (channel, reason likewise)
 * </pre>
 */
public record TrackMapping(Map<String, Rule> events) {

    public record Rule(String type, Map<String, Object> attrs, Map<String, String> properties, String service,
                       String channel, String reason) {

        public Rule {
            attrs = attrs == null ? Map.of() : attrs;
            properties = properties == null ? Map.of() : properties;
            if (type == null || dev.outward.events.EventType.fromWire(type).isEmpty()) {
                throw new IllegalArgumentException("type: \"" + type + "\" is not an Outward event type");
            }
        }
    }

    public static final TrackMapping NONE = new TrackMapping(Map.of());

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public TrackMapping {
        events = events == null ? Map.of() : Map.copyOf(events);
    }

    public static TrackMapping parse(String yaml) {
        try {
            var mapping = YAML.readValue(yaml, TrackMapping.class);
            return mapping == null ? NONE : mapping;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid track mapping: " + rootMessage(e), e);
        }
    }

    public static TrackMapping read(Path file) {
        try {
            return Files.exists(file) ? parse(Files.readString(file)) : NONE;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public String toYaml() {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("events", JSON.convertValue(events, Map.class));
        return YAML.writeValueAsString(tree);
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
