package dev.outward.inconvenience;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Fills {@code ${name}} in a rule's conditions: a rule's own {@code params} become SQL literals (so a deployment
 * changes a threshold without touching SQL), shared {@code define} fragments become parenthesised conditions. A
 * description names params the same way and shows their values, and {@code ${within}}, the rule's window, in words.
 */
final class Templates {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,63}");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final int MAX_DEPTH = 10;
    /** In a description: the window of a repeat or followed-by rule. */
    private static final String WINDOW = "within";

    private Templates() {
    }

    static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The condition with every reference filled; names it cannot fill are added to {@code problems}. */
    static String fill(String text, Map<String, JsonNode> params, Map<String, JsonNode> defines, List<String> problems) {
        return fill(text, params, defines, problems, 0);
    }

    private static String fill(String text, Map<String, JsonNode> params, Map<String, JsonNode> defines,
                               List<String> problems, int depth) {
        if (depth > MAX_DEPTH) {
            problems.add("the defines refer to each other in a cycle");
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        var filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (params.containsKey(name)) {
                replacement = literal(params.get(name));
            } else if (defines.containsKey(name)) {
                replacement = "(" + fill(defines.get(name).stringValue(), params, defines, problems, depth + 1) + ")";
            } else {
                problems.add("${" + name + "} is neither one of the rule's params nor a define");
                replacement = matcher.group();
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /**
     * The description with each {@code ${param}} replaced by the rule's value as a person reads it ({@code 600}, not a
     * SQL literal), and {@code ${within}} by the rule's window in words ({@code 7 days}), so a threshold or a window
     * changed in rules.yaml shows in {@code outward rules}, the pages and the CSVs. A param that happens to be named
     * {@code within} keeps its meaning: it could be named so before windows could.
     */
    static String describe(String text, Map<String, JsonNode> params, Optional<Duration> within, List<String> problems) {
        Matcher matcher = REFERENCE.matcher(text);
        var filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            JsonNode value = params.get(name);
            String replacement;
            if (value != null) {
                replacement = value.isNumber() ? value.numberValue().toString() : value.asString();
            } else if (name.equals(WINDOW) && within.isPresent()) {
                replacement = Durations.words(within.get());
            } else {
                problems.add("${" + name + "} is not one of the rule's params" + (name.equals(WINDOW) ? ", and the rule has no window" : ""));
                replacement = matcher.group();
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String literal(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? "TRUE" : "FALSE";
        }
        if (value.isNumber()) {
            return value.numberValue().toString();
        }
        return "'" + value.stringValue().replace("'", "''") + "'";
    }
}
