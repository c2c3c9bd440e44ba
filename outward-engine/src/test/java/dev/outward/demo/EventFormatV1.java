package dev.outward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The rules of docs/event-format.md, as assertions on one parsed line. */
final class EventFormatV1 {
    static final Set<String> TYPES = Set.of("contact", "visit", "error", "order", "delivery", "payment", "bill",
            "appointment", "outage", "complaint", "survey", "product", "account", "profile");

    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Predicate<JsonNode> NUMBER = JsonNode::isNumber;
    private static final Predicate<JsonNode> NOT_NEGATIVE = node -> node.isNumber() && node.asDouble() >= 0;
    private static final Predicate<JsonNode> STRING = JsonNode::isString;
    private static final Predicate<JsonNode> BOOLEAN = JsonNode::isBoolean;
    private static final Predicate<JsonNode> TIME = node -> node.isString() && TIMESTAMP.matcher(node.stringValue()).matches();
    private static final Predicate<JsonNode> BY = oneOf("customer", "company");

    private static final Map<String, Map<String, Predicate<JsonNode>>> ATTRS = Map.ofEntries(
            Map.entry("contact", Map.of("direction", oneOf("in", "out"), "wait_s", NOT_NEGATIVE,
                    "handle_s", NOT_NEGATIVE, "transfers", node -> node.isIntegralNumber() && node.asLong() >= 0,
                    "resolved", BOOLEAN, "abandoned", BOOLEAN)),
            Map.entry("visit", Map.of("outcome", oneOf("ok", "failed", "abandoned"))),
            Map.entry("error", Map.of("code", node -> node.isString() || node.isIntegralNumber())),
            Map.entry("order", Map.of("order", STRING, "status", oneOf("placed", "cancelled"), "by", BY,
                    "promised", TIME, "value", NUMBER)),
            Map.entry("delivery", Map.of("order", STRING, "promised", TIME)),
            Map.entry("payment", Map.of("status", oneOf("ok", "failed"), "amount", NUMBER)),
            Map.entry("bill", Map.of("status", oneOf("issued", "estimated", "corrected"), "amount", NUMBER)),
            Map.entry("appointment", Map.of("status", oneOf("kept", "missed", "rescheduled"), "by", BY)),
            Map.entry("outage", Map.of("area", STRING, "end", TIME)),
            Map.entry("survey", Map.of("score", NUMBER, "scale", oneOf("nps", "csat", "ces"))),
            Map.entry("product", Map.of("action", oneOf("add", "remove"), "product", STRING, "value", NUMBER)),
            Map.entry("account", Map.of("action", oneOf("open", "close"))),
            Map.entry("profile", Map.of("area", STRING, "segment", STRING,
                    "since", node -> node.isString() && DATE.matcher(node.stringValue()).matches())),
            Map.entry("complaint", Map.of()));

    private EventFormatV1() {
    }

    static void assertValid(String line, JsonNode event) {
        assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(32_768);
        assertThat(event.isObject()).as(line).isTrue();
        assertThat(event.propertyNames()).as(line)
                .isSubsetOf("id", "time", "customer", "type", "channel", "service", "reason", "attrs");
        assertThat(event.get("id").stringValue()).as(line).hasSizeBetween(1, 128);
        assertThat(TIME.test(event.get("time"))).as(line).isTrue();
        assertThat(event.get("time").stringValue()).as(line).endsWith("Z");
        String type = event.get("type").stringValue();
        assertThat(TYPES).as(line).contains(type);
        if (!"outage".equals(type)) {
            assertThat(event.get("customer").stringValue()).as(line).hasSizeBetween(1, 128);
        }
        if (event.has("channel")) {
            assertThat(event.get("channel").stringValue()).as(line).matches(CHANNEL).hasSizeLessThanOrEqualTo(128);
        }
        for (String optional : new String[] {"service", "reason"}) {
            if (event.has(optional)) {
                assertThat(event.get(optional).stringValue()).as(line).hasSizeBetween(1, 128);
            }
        }
        if (event.has("attrs")) {
            event.get("attrs").properties().forEach(attr -> {
                Predicate<JsonNode> rule = ATTRS.get(type).get(attr.getKey());
                assertThat(rule).as("attrs.%s in %s", attr.getKey(), line).isNotNull();
                assertThat(rule.test(attr.getValue())).as("attrs.%s in %s", attr.getKey(), line).isTrue();
            });
        }
    }

    private static Predicate<JsonNode> oneOf(String... words) {
        Set<String> allowed = Set.of(words);
        return node -> node.isString() && allowed.contains(node.stringValue());
    }
}
