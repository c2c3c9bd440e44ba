package dev.outward.inconvenience;

/**
 * One thing wrong with a rules file, precise enough to fix without reading code.
 *
 * @param origin the file (or {@code builtin})
 * @param rule   the rule id, or its position ({@code #3}) when it has no valid id; empty for file-level problems
 * @param field  the field at fault, empty when the rule or file as a whole is
 * @param why    what is wrong and what is expected
 */
public record RuleError(String origin, String rule, String field, String why) {

    static RuleError ofFile(String origin, String why) {
        return new RuleError(origin, "", "", why);
    }

    @Override
    public String toString() {
        return origin + ": " + (rule.isEmpty() ? "" : "rule " + rule + ": ") + (field.isEmpty() ? "" : field + ": ") + why;
    }
}
