package dev.outward.inconvenience;

import java.util.regex.Pattern;

/** The name of a rule, as inconveniences, reports and rules files call it: {@code repeat-contact}. */
public record RuleId(String value) implements Comparable<RuleId> {

    private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public RuleId {
        if (value == null || !WORD.matcher(value).matches()) {
            throw new IllegalArgumentException("A rule id is 1-64 lower-case letters, digits or '-', starting with a"
                    + " letter or digit; got '" + value + "'");
        }
    }

    static boolean isValid(String value) {
        return value != null && WORD.matcher(value).matches();
    }

    @Override
    public int compareTo(RuleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
