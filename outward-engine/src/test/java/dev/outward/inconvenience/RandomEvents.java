package dev.outward.inconvenience;

import static dev.outward.events.TestEvent.of;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.outward.events.TestEvent;

/**
 * Seeded random events of every type for a few customers and areas, at whole-hour times so that ties and exact
 * window boundaries (24 h, 168 h) happen often.
 */
final class RandomEvents {

    private static final String[] TYPES = {"contact", "contact", "contact", "contact", "visit", "visit", "error",
            "payment", "bill", "delivery", "order", "appointment", "complaint", "profile", "outage", "product", "account"};
    private static final String[] AREAS = {"north", "south", "east"};
    private static final String[] SEGMENTS = {"home", "business", "vip"};

    private final Random random;
    private int next;

    RandomEvents(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} events with times in [from, from + span). */
    List<TestEvent> between(Instant from, Duration span, int count) {
        var events = new ArrayList<TestEvent>();
        for (int i = 0; i < count; i++) {
            Instant time = from.plus(Duration.ofHours(random.nextLong(span.toHours())));
            events.add(event(TYPES[random.nextInt(TYPES.length)], time));
        }
        return events;
    }

    private TestEvent event(String type, Instant time) {
        var event = of(type).id("r" + (++next)).at(time.toString()).customer("C" + random.nextInt(25))
                .service(pick("billing", "crm", "portal", null)).channel(pick("phone", "web", null));
        return switch (type) {
            case "contact" -> event.attr("direction", pick("in", "out", "in")).attr("abandoned", random.nextInt(8) == 0)
                    .attr("wait_s", pick(0, 300, 301, 600)).attr("transfers", random.nextInt(3)).attr("resolved", random.nextBoolean())
                    .attr("handle_s", pick(60, 120, 600, 45.5));
            case "visit" -> event.attr("outcome", pick("ok", "failed", "abandoned"));
            case "payment" -> event.attr("status", pick("ok", "failed")).attr("amount", pick(10, 25.5, 80));
            case "bill" -> event.attr("status", pick("issued", "estimated", "corrected"));
            case "delivery" -> event.attr("promised", time.plus(Duration.ofHours(random.nextInt(3) - 1)).toString());
            case "order" -> event.attr("status", pick("placed", "cancelled")).attr("by", pick("customer", "company"));
            case "appointment" -> event.attr("status", pick("kept", "missed", "rescheduled")).attr("by", pick("customer", "company"));
            case "profile" -> profile(event);
            case "product" -> event.attr("action", pick("add", "add", "remove")).attr("product", pick("fibre", "mobile"));
            case "account" -> event.attr("action", pick("open", "close"));
            case "outage" -> event.customer(null).service("network").attr("area", pick(AREAS));
            default -> event;
        };
    }

    /** Profiles state an area and, mostly, a segment and a customer-since date (some only one of them). */
    private TestEvent profile(TestEvent event) {
        event.attr("area", pick(AREAS));
        if (random.nextInt(4) > 0) {
            event.attr("segment", pick(SEGMENTS));
        }
        if (random.nextInt(3) > 0) {
            event.attr("since", "20" + (10 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-15");
        }
        return event;
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
