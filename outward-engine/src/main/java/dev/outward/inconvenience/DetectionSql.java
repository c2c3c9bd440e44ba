package dev.outward.inconvenience;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compiles the active rules into one SQL statement that DuckDB runs over the store, sharing work across rules.
 * Each kind is evaluated by one pass for all its rules, and the passes are joined with UNION ALL:
 * {@link MatchPass} (one scan), {@link SequencePass} (one per-customer sort for repeat and followed-by rules) and
 * {@link AreaPass} (one join with the profile history). Every pass yields the {@link #COLUMNS} of inconveniences.
 * Conditions are pasted in parentheses; they were checked against the events table when the rules loaded.
 */
final class DetectionSql {

    static final String COLUMNS = "rule, customer, time, service, channel, source, event_id, cause_source, cause_id, cause_time,"
            + " cause_channel, cause_service";
    static final String ORDER = "ORDER BY time, id, source";

    private final List<Rule> rules;

    DetectionSql(List<Rule> rules) {
        this.rules = rules;
    }

    /** A SELECT of {@link #COLUMNS}: every inconvenience counted on an event in scope. */
    String select(Scope scope) {
        var passes = new ArrayList<String>();
        var match = of(RuleKind.MATCH);
        var sequence = rules.stream().filter(r -> r.kind().hasCause()).toList();
        var area = of(RuleKind.AREA);
        if (!match.isEmpty()) {
            passes.add(MatchPass.sql(match, scope));
        }
        if (!sequence.isEmpty()) {
            passes.add(SequencePass.sql(sequence, scope));
        }
        if (!area.isEmpty()) {
            passes.add(AreaPass.sql(area, scope));
        }
        return passes.isEmpty() ? "SELECT " + COLUMNS + " FROM inconveniences WHERE false"
                : String.join("\nUNION ALL\n", passes);
    }

    private List<Rule> of(RuleKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }

    /** A list expression of the non-null hits, one per rule: unnest it to get one row per rule that holds. */
    static String hits(List<Rule> rules, Function<Rule, String> hit) {
        return "list_filter([" + rules.stream().map(hit).collect(Collectors.joining(", ")) + "], lambda h: h IS NOT NULL)";
    }

    static String any(List<String> conditions) {
        return conditions.stream().distinct().map(DetectionSql::p).collect(Collectors.joining(" OR "));
    }

    static String p(String condition) {
        return "(" + condition + ")";
    }
}
