package dev.outward.demo;

/**
 * JSON string and number writing, by hand because Jackson would be the slowest part of the generator.
 *
 * <p>Anything outside printable ASCII is written as a {@code \\uXXXX} escape. That keeps every line pure ASCII, so a
 * buffered line's char offsets are its byte offsets and whole customers can be copied out as bytes.
 */
final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    static void quote(StringBuilder out, String value) {
        out.append('"');
        escape(out, value);
        out.append('"');
    }

    static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                escapeFrom(out, value, i);
                return;
            }
        }
        out.append(value);
    }

    private static void escapeFrom(StringBuilder out, String value, int first) {
        out.append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Writes an amount of cents as a decimal number with two places, e.g. {@code 123.05}. */
    static void cents(StringBuilder out, long cents) {
        if (cents < 0) {
            out.append('-');
            cents = -cents;
        }
        long rest = cents % 100;
        out.append(cents / 100).append('.').append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
    }
}
