package dev.outward.events;

import java.util.List;
import java.util.Map;

/** The value types the event format gives well-known attributes; each converts a JSON value or names the problem. */
enum AttrKind {
    STRING("a string"),
    NUMBER("a number"),
    NON_NEGATIVE_NUMBER("a number >= 0"),
    NON_NEGATIVE_INTEGER("an integer >= 0"),
    BOOLEAN("true or false"),
    TIMESTAMP("an RFC 3339 timestamp with offset"),
    DATE("a date YYYY-MM-DD"),
    WORD("one of"),
    STRING_OR_INTEGER("a string or an integer");

    final String expectation;

    AttrKind(String expectation) {
        this.expectation = expectation;
    }

    /** The typed value to store, or {@code null} when {@code value} does not fit this kind. */
    Object convert(Object value, List<String> words) {
        return switch (this) {
            case STRING -> value instanceof String s ? s : null;
            case NUMBER -> value instanceof Number n ? n.doubleValue() : null;
            case NON_NEGATIVE_NUMBER -> value instanceof Number n && n.doubleValue() >= 0 ? n.doubleValue() : null;
            case NON_NEGATIVE_INTEGER -> isInteger(value) && ((Number) value).longValue() >= 0
                    && ((Number) value).longValue() <= Integer.MAX_VALUE ? ((Number) value).intValue() : null;
            case BOOLEAN -> value instanceof Boolean b ? b : null;
            case TIMESTAMP -> value instanceof String s && Timestamps.parseMicros(s) != Timestamps.INVALID
                    ? Timestamps.parseMicros(s) : null;
            case DATE -> value instanceof String s && Timestamps.parseDate(s) != Timestamps.INVALID
                    ? (int) Timestamps.parseDate(s) : null;
            case WORD -> value instanceof String s && words.contains(s) ? s : null;
            case STRING_OR_INTEGER -> value instanceof String s ? s : isInteger(value) ? value.toString() : null;
        };
    }

    String describe(List<String> words) {
        return this == WORD ? expectation + " " + String.join(", ", words.stream().map(w -> "\"" + w + "\"").toList())
                : expectation;
    }

    static String jsonTypeOf(Object value) {
        return switch (value) {
            case String s -> "string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
            case Boolean b -> b.toString();
            case Number n -> "number " + n;
            case Map<?, ?> m -> "an object";
            case List<?> l -> "an array";
            default -> String.valueOf(value);
        };
    }

    private static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger;
    }
}
