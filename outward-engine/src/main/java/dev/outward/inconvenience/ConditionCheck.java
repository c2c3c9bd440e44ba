package dev.outward.inconvenience;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.outward.store.Database;

/**
 * Asks DuckDB whether each condition of the enabled rules is one true/false expression over the event columns,
 * so a typo fails when the rules load, naming the rule and field, not halfway through a detection run.
 */
final class ConditionCheck {

    private ConditionCheck() {
    }

    static List<RuleError> check(Database database, List<Rule> rules, Map<RuleId, String> origins) {
        var errors = new ArrayList<RuleError>();
        for (Rule rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            String origin = origins.getOrDefault(rule.id(), "builtin");
            String countedField = rule.kind() == RuleKind.FOLLOWED_BY ? "then" : "when";
            problem(database, rule.counted()).ifPresent(why -> errors.add(new RuleError(origin, rule.id().value(), countedField, why)));
            if (rule.kind() == RuleKind.FOLLOWED_BY) {
                problem(database, rule.cause().orElseThrow())
                        .ifPresent(why -> errors.add(new RuleError(origin, rule.id().value(), "first", why)));
            }
        }
        return errors;
    }

    private static Optional<String> problem(Database database, String condition) {
        if (condition.contains(";")) {
            return Optional.of("must be one SQL condition, without ';'");
        }
        String sql = "SELECT (" + condition + ") AS holds FROM events LIMIT 0";
        try (PreparedStatement statement = database.connection().prepareStatement(sql)) {
            String type = statement.getMetaData().getColumnTypeName(1);
            return "BOOLEAN".equalsIgnoreCase(type) ? Optional.empty()
                    : Optional.of("is " + type + ", not a true/false condition: " + condition);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            return Optional.of("DuckDB cannot use it (" + message + "): " + condition);
        }
    }
}
