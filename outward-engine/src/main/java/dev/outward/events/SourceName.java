package dev.outward.events;

import java.util.regex.Pattern;

/** Where events come from (an import name or a collection source); event ids are unique within one source. */
public record SourceName(String value) {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public static final SourceName IMPORT = new SourceName("import");

    public SourceName {
        if (value == null || !WORD.matcher(value).matches()) {
            throw new IllegalArgumentException("A source name is 1-64 letters, digits, '.', '_' or '-', starting with"
                    + " a letter or digit; got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
