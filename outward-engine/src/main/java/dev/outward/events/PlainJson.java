package dev.outward.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * Reads the lines nearly every export consists of — well-formed JSON, ASCII, known top-level fields, no key twice —
 * straight from the bytes into a {@link Draft}, several times faster than setting up a Jackson parser per line.
 * <p>
 * It only ever answers "read" or "not sure": on anything else (a syntax error, a byte above 127, an unknown or
 * repeated field, an integer too long for a long) it gives up and {@link LineParser} reads the line with Jackson,
 * whose message names the problem. So it must produce exactly the values Jackson would, or none.
 */
final class PlainJson {

    private static final Object UNSURE = new Object();
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER = 64;

    private byte[] bytes;
    private int at;
    private int end;
    private final StringBuilder escaped = new StringBuilder();
    // Every line repeats the same few dozen keys: reusing their strings spares an allocation per key.
    private final String[] keys = new String[256];

    /** @return whether the line was read into {@code draft}; when not, the draft holds nothing of use. */
    boolean read(byte[] buffer, int offset, int length, Draft draft) {
        bytes = buffer;
        at = offset;
        end = offset + length;
        draft.reset();
        if (!skipTo('{')) {
            return false;
        }
        int seen = 0;
        if (!skipTo('}')) {
            do {
                String field = keyThenColon();
                int bit = field == null ? 0 : fieldBit(field);
                if (bit == 0 || (seen & bit) != 0) {
                    return false;
                }
                seen |= bit;
                Object value = value(0);
                if (value == UNSURE) {
                    return false;
                }
                draft.set(field, value);
            } while (skipTo(','));
            if (!skipTo('}')) {
                return false;
            }
        }
        skipSpace();
        return at == end;
    }

    private Object value(int depth) {
        skipSpace();
        if (at >= end) {
            return UNSURE;
        }
        return switch (bytes[at]) {
            case '"' -> string();
            case '{' -> depth < MAX_DEPTH ? object(depth + 1) : UNSURE;
            case '[' -> depth < MAX_DEPTH ? array(depth + 1) : UNSURE;
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Object object(int depth) {
        at++;
        var map = new LinkedHashMap<String, Object>();
        if (skipTo('}')) {
            return map;
        }
        do {
            String key = keyThenColon();
            if (key == null || map.containsKey(key)) {
                return UNSURE;
            }
            Object value = value(depth);
            if (value == UNSURE) {
                return UNSURE;
            }
            map.put(key, value);
        } while (skipTo(','));
        return skipTo('}') ? map : UNSURE;
    }

    private Object array(int depth) {
        at++;
        var list = new ArrayList<>();
        if (skipTo(']')) {
            return list;
        }
        do {
            Object value = value(depth);
            if (value == UNSURE) {
                return UNSURE;
            }
            list.add(value);
        } while (skipTo(','));
        return skipTo(']') ? list : UNSURE;
    }

    private String keyThenColon() {
        skipSpace();
        if (at >= end || bytes[at] != '"') {
            return null;
        }
        Object key = knownKey();
        return key instanceof String s && skipTo(':') ? s : null;
    }

    private Object knownKey() {
        int start = at + 1;
        int close = start;
        int hash = 0;
        while (close < end && bytes[close] != '"' && bytes[close] >= 0x20 && bytes[close] != '\\') {
            hash = 31 * hash + bytes[close++];
        }
        if (close >= end || bytes[close] != '"') {
            return string(); // escapes or worse: the general path decides
        }
        int slot = hash & (keys.length - 1);
        String cached = keys[slot];
        if (cached == null || !sameBytes(cached, start, close - start)) {
            keys[slot] = cached = new String(bytes, start, close - start, StandardCharsets.ISO_8859_1);
        }
        at = close + 1;
        return cached;
    }

    private boolean sameBytes(String s, int from, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (s.charAt(k) != bytes[from + k]) {
                return false;
            }
        }
        return true;
    }

    private Object string() {
        int start = ++at;
        while (at < end) {
            byte b = bytes[at];
            if (b == '"') {
                return new String(bytes, start, at++ - start, StandardCharsets.ISO_8859_1);
            }
            if (b == '\\') {
                return escapedString(start);
            }
            if (b < 0x20) { // a control character, or (negative) a byte of a multi-byte UTF-8 sequence
                return UNSURE;
            }
            at++;
        }
        return UNSURE;
    }

    private Object escapedString(int start) {
        escaped.setLength(0);
        escaped.append(new String(bytes, start, at - start, StandardCharsets.ISO_8859_1));
        while (at < end) {
            byte b = bytes[at++];
            if (b == '"') {
                return escaped.toString();
            }
            if (b < 0x20) {
                return UNSURE;
            }
            if (b != '\\') {
                escaped.append((char) b);
                continue;
            }
            if (at >= end) {
                return UNSURE;
            }
            switch (bytes[at++]) {
                case '"' -> escaped.append('"');
                case '\\' -> escaped.append('\\');
                case '/' -> escaped.append('/');
                case 'b' -> escaped.append('\b');
                case 'f' -> escaped.append('\f');
                case 'n' -> escaped.append('\n');
                case 'r' -> escaped.append('\r');
                case 't' -> escaped.append('\t');
                case 'u' -> {
                    int code = at + 4 <= end ? hex4() : -1;
                    if (code < 0 || Character.isSurrogate((char) code)) { // lone halves: Jackson's call
                        return UNSURE;
                    }
                    escaped.append((char) code);
                }
                default -> {
                    return UNSURE;
                }
            }
        }
        return UNSURE;
    }

    private int hex4() {
        int code = 0;
        for (int k = 0; k < 4; k++) {
            int digit = Character.digit(bytes[at++], 16);
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }

    private Object literal(String word, Object value) {
        int length = word.length();
        if (at + length > end) {
            return UNSURE;
        }
        for (int k = 0; k < length; k++) {
            if (bytes[at + k] != word.charAt(k)) {
                return UNSURE;
            }
        }
        at += length;
        return delimited() ? value : UNSURE;
    }

    /** JSON numbers exactly as Jackson types them: integers as Long, the rest as Double; the unusual ones to Jackson. */
    private Object number() {
        int start = at;
        if (at < end && bytes[at] == '-') {
            at++;
        }
        int digits = at;
        while (at < end && isDigit(bytes[at])) {
            at++;
        }
        int integerDigits = at - digits;
        if (integerDigits == 0 || (integerDigits > 1 && bytes[digits] == '0')) {
            return UNSURE;
        }
        boolean fraction = at < end && bytes[at] == '.';
        if (fraction && (at = skipDigits(at + 1)) < 0) {
            return UNSURE;
        }
        boolean exponent = at < end && (bytes[at] == 'e' || bytes[at] == 'E');
        if (exponent && (at = exponentEnd(at + 1)) < 0) {
            return UNSURE;
        }
        if (at - start > MAX_NUMBER || !delimited()) {
            return UNSURE;
        }
        if (fraction || exponent) {
            return Double.parseDouble(new String(bytes, start, at - start, StandardCharsets.ISO_8859_1));
        }
        if (integerDigits > 18) {
            return UNSURE; // may not fit a long: Jackson decides between Long and BigInteger
        }
        long value = 0;
        for (int k = digits; k < at; k++) {
            value = value * 10 + (bytes[k] - '0');
        }
        return bytes[start] == '-' ? -value : value;
    }

    /** Index after at least one digit from {@code from}, or -1. */
    private int skipDigits(int from) {
        int k = from;
        while (k < end && isDigit(bytes[k])) {
            k++;
        }
        return k > from ? k : -1;
    }

    private int exponentEnd(int from) {
        int k = from < end && (bytes[from] == '+' || bytes[from] == '-') ? from + 1 : from;
        return skipDigits(k);
    }

    /** Whether the value just read ends where JSON allows: at a separator, a closing bracket or the end. */
    private boolean delimited() {
        if (at >= end) {
            return true;
        }
        byte b = bytes[at];
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** Skips white space; consumes {@code expected} and says so when it comes next. */
    private boolean skipTo(char expected) {
        skipSpace();
        if (at < end && bytes[at] == expected) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < end) {
            byte b = bytes[at];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return;
            }
            at++;
        }
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** The top-level fields of the event format as bits, so a repeated one is seen without a set; 0 for others. */
    private static int fieldBit(String name) {
        return switch (name) {
            case "id" -> 1;
            case "time" -> 2;
            case "customer" -> 4;
            case "type" -> 8;
            case "channel" -> 16;
            case "service" -> 32;
            case "reason" -> 64;
            case "attrs" -> 128;
            default -> 0;
        };
    }
}
