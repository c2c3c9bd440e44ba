package dev.outward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo file follows the event format and looks like a real retailer's year. */
class DemoEventsTests {

    @Test
    void every_line_is_an_event_in_format_v1_with_well_typed_attrs() {
        DemoFile.lines().forEach(line -> EventFormatV1.assertValid(line, DemoFile.parse(line)));
    }

    @Test
    void every_event_has_its_own_id() {
        Set<String> ids = new HashSet<>();

        DemoFile.events().forEach(event -> assertThat(ids.add(event.get("id").stringValue())).as(event.toString()).isTrue());
    }

    @Test
    void every_event_type_appears() {
        Set<String> types = DemoFile.events().map(event -> event.get("type").stringValue()).collect(Collectors.toSet());

        assertThat(types).containsExactlyInAnyOrderElementsOf(EventFormatV1.TYPES);
    }

    @Test
    void about_seventy_percent_of_answered_inbound_contacts_are_resolved_first_time() {
        List<JsonNode> answered = DemoFile.events().filter(event -> "contact".equals(type(event)))
                .map(event -> event.get("attrs"))
                .filter(attrs -> "in".equals(attrs.get("direction").stringValue()) && !attrs.get("abandoned").asBoolean())
                .toList();

        double resolved = answered.stream().filter(attrs -> attrs.get("resolved").asBoolean()).count()
                / (double) answered.size();

        assertThat(answered).hasSizeGreaterThan(1_000);
        assertThat(resolved).isBetween(0.6, 0.8);
    }

    @Test
    void complaints_are_far_fewer_than_the_problems_behind_them() {
        Map<String, Long> counts = DemoFile.events().map(DemoEventsTests::kind)
                .collect(Collectors.groupingBy(kind -> kind, Collectors.counting()));
        long problems = counts.getOrDefault("payment failed", 0L) + counts.getOrDefault("bill estimated", 0L)
                + counts.getOrDefault("appointment missed", 0L);

        assertThat(counts.get("complaint")).isPositive().isLessThan(problems / 4);
    }

    @Test
    void some_customers_move_to_another_area() {
        Map<String, Set<String>> areas = DemoFile.events().filter(event -> "profile".equals(type(event)))
                .collect(Collectors.groupingBy(event -> event.get("customer").stringValue(),
                        Collectors.mapping(event -> event.get("attrs").get("area").stringValue(), Collectors.toSet())));

        long movers = areas.values().stream().filter(set -> set.size() > 1).count();

        assertThat(movers).isBetween(20L, (long) (0.3 * DemoFile.SETTINGS.customers()));
    }

    @Test
    void customers_wait_longer_than_five_minutes_on_some_calls_and_are_transferred_on_some() {
        List<JsonNode> calls = DemoFile.events()
                .filter(event -> "contact".equals(type(event)) && "phone".equals(event.get("channel").stringValue()))
                .map(event -> event.get("attrs")).filter(attrs -> attrs.has("wait_s")).toList();

        assertThat(calls).anyMatch(attrs -> attrs.get("wait_s").asLong() > 300)
                .anyMatch(attrs -> attrs.path("transfers").asLong() >= 1)
                .anyMatch(attrs -> attrs.get("abandoned").asBoolean());
    }

    private static String type(JsonNode event) {
        return event.get("type").stringValue();
    }

    /** The type, with the status for bills, payments and appointments ("bill estimated"). */
    private static String kind(JsonNode event) {
        JsonNode status = event.path("attrs").path("status");
        return status.isString() ? type(event) + " " + status.stringValue() : type(event);
    }
}
