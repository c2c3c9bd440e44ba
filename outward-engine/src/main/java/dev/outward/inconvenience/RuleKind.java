package dev.outward.inconvenience;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The shapes a rule can take. Every rule of the catalog is one of these four, with SQL conditions filled in,
 * so a deployment writes new rules in YAML and never needs Java.
 */
public enum RuleKind {
    /** One event satisfies {@code when}. */
    MATCH("match", List.of("when")),
    /** An event satisfying {@code when} that comes {@code within} after the customer's previous one satisfying it. */
    REPEAT("repeat", List.of("when", "within")),
    /** An event satisfying {@code then} that comes {@code within} after one satisfying {@code first}; counted on the second. */
    FOLLOWED_BY("followed-by", List.of("first", "then", "within")),
    /** An area-wide event satisfying {@code when} reaches every customer whose latest profile is in its area. */
    AREA("area", List.of("when"));

    private final String wireName;
    private final List<String> requiredFields;

    RuleKind(String wireName, List<String> requiredFields) {
        this.wireName = wireName;
        this.requiredFields = requiredFields;
    }

    public String wireName() {
        return wireName;
    }

    /** The condition and window fields a rule of this kind must have. */
    public List<String> requiredFields() {
        return requiredFields;
    }

    /** Rules of this kind link the event they count to an earlier cause event of the same customer. */
    public boolean hasCause() {
        return this == REPEAT || this == FOLLOWED_BY;
    }

    public static Optional<RuleKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }

    static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(RuleKind::wireName).toList());
    }
}
