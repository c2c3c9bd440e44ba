package dev.outward.events;

import java.util.Map;

/**
 * The event format's rules (docs/event-format.md). Every reason names the field and what was wrong, so the
 * person who fixes the export can act on it; the same rules apply to NDJSON lines and mapped rows.
 */
final class Validation {

    static final int MAX_LINE_BYTES = 32 * 1024;
    private static final int MAX_ID = 128;

    /** @return {@code null} when {@code draft} is a valid event (its typed fields are then filled), else why not. */
    String check(Draft draft) {
        if (draft.unknownField != null) {
            return "unknown field \"" + draft.unknownField + "\" (put extra data into attrs)";
        }
        String problem = requiredString("id", draft.id);
        if (problem != null) {
            return problem;
        }
        if (draft.time == null) {
            return "time: missing";
        }
        if (!(draft.time instanceof String time) || (draft.timeMicros = Timestamps.parseMicros(time)) == Timestamps.INVALID) {
            return "time: " + AttrKind.jsonTypeOf(draft.time) + " is not an RFC 3339 timestamp with offset"
                    + " (e.g. 2026-03-01T10:15:00Z)";
        }
        if (draft.type == null) {
            return "type: missing";
        }
        if (!(draft.type instanceof String type) || (draft.eventType = EventType.fromWire(type).orElse(null)) == null) {
            return "type: " + AttrKind.jsonTypeOf(draft.type) + " is not one of " + EventType.wireNames();
        }
        problem = draft.eventType.needsCustomer() || draft.customer != null ? requiredString("customer", draft.customer) : null;
        if (problem == null) {
            problem = optionalString("channel", draft.channel);
        }
        if (problem == null && draft.channel instanceof String channel && !isWord(channel)) {
            problem = "channel: \"" + channel + "\" must be a lower-case word such as phone, web or app";
        }
        if (problem == null) {
            problem = optionalString("service", draft.service);
        }
        if (problem == null) {
            problem = optionalString("reason", draft.reason);
        }
        return problem != null ? problem : attrs(draft);
    }

    private String attrs(Draft draft) {
        if (draft.attrs == null) {
            return null;
        }
        if (!(draft.attrs instanceof Map<?, ?> attrs)) {
            return "attrs: must be an object, got " + AttrKind.jsonTypeOf(draft.attrs);
        }
        for (var entry : attrs.entrySet()) {
            String key = (String) entry.getKey();
            Object value = entry.getValue();
            var spec = WellKnownAttrs.of(draft.eventType, key);
            if (spec == null) {
                draft.extraAttrs.put(key, value);
            } else if (value != null) {
                Object typed = spec.kind().convert(value, spec.words());
                if (typed == null) {
                    return "attrs." + key + ": must be " + spec.kind().describe(spec.words()) + " on a "
                            + draft.eventType.wireName() + ", got " + AttrKind.jsonTypeOf(value);
                }
                draft.typed[spec.column().ordinal()] = typed;
            }
        }
        return null;
    }

    /** {@code [a-z][a-z0-9_-]*}, checked by hand: a regex match per row shows up in import profiles. */
    private static boolean isWord(String channel) {
        for (int i = 0; i < channel.length(); i++) {
            char c = channel.charAt(i);
            boolean letter = c >= 'a' && c <= 'z';
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '_' || c == '-'))) {
                return false;
            }
        }
        return !channel.isEmpty();
    }

    private static String requiredString(String field, Object value) {
        if (value == null) {
            return field + ": missing";
        }
        if (!(value instanceof String s) || s.isEmpty()) {
            return field + ": must be a non-empty string, got " + AttrKind.jsonTypeOf(value);
        }
        return s.length() > MAX_ID ? field + ": " + s.length() + " characters, over the limit of " + MAX_ID : null;
    }

    private static String optionalString(String field, Object value) {
        return value == null ? null : requiredString(field, value);
    }
}
