package dev.outward.events;

import static dev.outward.events.AttrKind.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which attributes the event format types, per event type (docs/event-format.md, "Well-known attributes"). */
final class WellKnownAttrs {

    record Spec(AttrColumn column, AttrKind kind, List<String> words) {
    }

    private static final Map<EventType, Map<String, Spec>> SPECS = new EnumMap<>(EventType.class);
    private static final Map<EventType, List<AttrColumn>> COLUMNS = new EnumMap<>(EventType.class);

    static {
        define(EventType.CONTACT, Map.of(
                "direction", word(AttrColumn.DIRECTION, "in", "out"),
                "wait_s", spec(AttrColumn.WAIT_S, NON_NEGATIVE_NUMBER),
                "handle_s", spec(AttrColumn.HANDLE_S, NON_NEGATIVE_NUMBER),
                "transfers", spec(AttrColumn.TRANSFERS, NON_NEGATIVE_INTEGER),
                "resolved", spec(AttrColumn.RESOLVED, BOOLEAN),
                "abandoned", spec(AttrColumn.ABANDONED, BOOLEAN)));
        define(EventType.VISIT, Map.of("outcome", word(AttrColumn.OUTCOME, "ok", "failed", "abandoned")));
        define(EventType.ERROR, Map.of("code", spec(AttrColumn.CODE, STRING_OR_INTEGER)));
        define(EventType.ORDER, Map.of(
                "order", spec(AttrColumn.ORDER_REF, STRING),
                "status", word(AttrColumn.STATUS, "placed", "cancelled"),
                "by", word(AttrColumn.INITIATED_BY, "customer", "company"),
                "promised", spec(AttrColumn.PROMISED, TIMESTAMP),
                "value", spec(AttrColumn.VALUE, NUMBER)));
        define(EventType.DELIVERY, Map.of(
                "order", spec(AttrColumn.ORDER_REF, STRING),
                "promised", spec(AttrColumn.PROMISED, TIMESTAMP)));
        define(EventType.PAYMENT, Map.of(
                "status", word(AttrColumn.STATUS, "ok", "failed"),
                "amount", spec(AttrColumn.AMOUNT, NUMBER)));
        define(EventType.BILL, Map.of(
                "status", word(AttrColumn.STATUS, "issued", "estimated", "corrected"),
                "amount", spec(AttrColumn.AMOUNT, NUMBER)));
        define(EventType.APPOINTMENT, Map.of(
                "status", word(AttrColumn.STATUS, "kept", "missed", "rescheduled"),
                "by", word(AttrColumn.INITIATED_BY, "customer", "company")));
        define(EventType.OUTAGE, Map.of(
                "area", spec(AttrColumn.AREA, STRING),
                "end", spec(AttrColumn.END_TIME, TIMESTAMP)));
        define(EventType.SURVEY, Map.of(
                "score", spec(AttrColumn.SCORE, NUMBER),
                "scale", word(AttrColumn.SCALE, "nps", "csat", "ces")));
        define(EventType.PRODUCT, Map.of(
                "action", word(AttrColumn.ACTION, "add", "remove"),
                "product", spec(AttrColumn.PRODUCT, STRING),
                "value", spec(AttrColumn.VALUE, NUMBER)));
        define(EventType.ACCOUNT, Map.of("action", word(AttrColumn.ACTION, "open", "close")));
        define(EventType.PROFILE, Map.of(
                "area", spec(AttrColumn.AREA, STRING),
                "segment", spec(AttrColumn.SEGMENT, STRING),
                "since", spec(AttrColumn.SINCE, DATE)));
        for (EventType type : EventType.values()) {
            COLUMNS.put(type, SPECS.getOrDefault(type, Map.of()).values().stream().map(Spec::column).distinct().sorted().toList());
        }
    }

    private WellKnownAttrs() {
    }

    /** The spec of {@code key} for {@code type}, or {@code null} when the key is free-form there. */
    static Spec of(EventType type, String key) {
        return SPECS.getOrDefault(type, Map.of()).get(key);
    }

    /** The typed columns an event of {@code type} can fill, in table order. */
    static List<AttrColumn> columns(EventType type) {
        return COLUMNS.get(type);
    }

    private static void define(EventType type, Map<String, Spec> specs) {
        SPECS.put(type, specs);
    }

    private static Spec spec(AttrColumn column, AttrKind kind) {
        return new Spec(column, kind, List.of());
    }

    private static Spec word(AttrColumn column, String... words) {
        return new Spec(column, WORD, List.of(words));
    }
}
