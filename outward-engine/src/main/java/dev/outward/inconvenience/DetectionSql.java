package dev.outward.inconvenience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compiles the active rules into one SQL statement that DuckDB runs over the store, sharing work across rules:
 * <ul>
 * <li>all match rules in one scan: each event yields one row per rule it satisfies (a CASE list, unnested);</li>
 * <li>all repeat and followed-by rules in one pass over the events of interest ordered per customer: one sort,
 *     and per rule one window column holding the latest earlier cause ({@code lag … IGNORE NULLS});</li>
 * <li>all area rules in one join of area events with the profile history (each profile valid until the next).</li>
 * </ul>
 * Conditions are pasted in parentheses; they were checked against the events table when the rules loaded.
 */
final class DetectionSql {

    static final String COLUMNS = "rule, customer, time, service, channel, source, event_id, cause_source, cause_id, cause_time";
    private static final String ORDER = "ORDER BY time, id, source";

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
            passes.add(matchPass(match, scope));
        }
        if (!sequence.isEmpty()) {
            passes.add(sequencePass(sequence, scope));
        }
        if (!area.isEmpty()) {
            passes.add(areaPass(area, scope));
        }
        return passes.isEmpty() ? "SELECT " + COLUMNS + " FROM inconveniences WHERE false"
                : String.join("\nUNION ALL\n", passes);
    }

    private List<Rule> of(RuleKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).toList();
    }

    private static String matchPass(List<Rule> match, Scope scope) {
        return """
                SELECT hit, customer, time, coalesce(service, 'unattributed'), channel, source, id, NULL, NULL, NULL
                FROM (SELECT customer, time, service, channel, source, id, unnest(%s) AS hit
                      FROM events WHERE customer IS NOT NULL AND (%s)%s)"""
                .formatted(hits(match, r -> "CASE WHEN " + p(r.counted()) + " THEN '" + r.id() + "' END"),
                        any(match, Rule::counted), scope.andAtOrAfter("time", Duration.ZERO));
    }

    /** Per rule: the latest earlier cause of the customer (a struct), and whether this event is counted. */
    private static String sequencePass(List<Rule> sequence, Scope scope) {
        var columns = new ArrayList<String>();
        var hits = new ArrayList<String>();
        for (int k = 0; k < sequence.size(); k++) {
            Rule rule = sequence.get(k);
            columns.add(p(rule.counted()) + " AS counted_" + k);
            // lag IGNORE NULLS: the nearest earlier row that is a cause; much cheaper in DuckDB than a framed last_value
            columns.add("lag(CASE WHEN " + p(rule.cause().orElseThrow()) + " THEN {'time': time, 'service': service,"
                    + " 'source': source, 'id': id} END IGNORE NULLS) OVER per_customer AS cause_" + k);
            String service = rule.attributedTo() == Attribution.CAUSE ? "cause_" + k + ".service" : "service";
            hits.add("CASE WHEN " + hitCondition(k, rule.within()) + " THEN {'rule': '" + rule.id() + "', 'service': "
                    + service + ", 'source': cause_" + k + ".source, 'id': cause_" + k + ".id, 'time': cause_" + k + ".time} END");
        }
        var causes = sequence.stream().map(r -> r.cause().orElseThrow()).toList();
        Duration lookBack = sequence.stream().map(Rule::within).max(Duration::compareTo).orElseThrow();
        return """
                SELECT hit.rule, customer, time, coalesce(hit.service, 'unattributed'), channel, source, id,
                       hit.source, hit.id, hit.time
                FROM (SELECT customer, time, channel, source, id, unnest(list_filter([%s], lambda h: h IS NOT NULL)) AS hit
                      FROM (SELECT customer, time, channel, service, source, id, %s
                            FROM events WHERE customer IS NOT NULL AND (%s OR %s)%s
                            WINDOW per_customer AS (PARTITION BY customer %s))
                      WHERE %s)%s"""
                .formatted(String.join(",\n ", hits), String.join(",\n ", columns), any(sequence, Rule::counted),
                        causes.stream().map(DetectionSql::p).collect(Collectors.joining(" OR ")),
                        scope.andAtOrAfter("time", lookBack), ORDER,
                        java.util.stream.IntStream.range(0, sequence.size())
                                .mapToObj(k -> "(" + hitCondition(k, sequence.get(k).within()) + ")")
                                .collect(Collectors.joining(" OR ")),
                        scope.from().isPresent() ? " WHERE true" + scope.andAtOrAfter("time", Duration.ZERO) : "");
    }

    private static String hitCondition(int k, Duration within) {
        return "counted_" + k + " AND cause_" + k + ".time >= time - to_microseconds(" + within.toNanos() / 1000 + ")";
    }

    /**
     * Area events in scope joined with the profile in force at their time (each profile is valid until the
     * customer's next one). Only customers with some profile in an area that has an event in scope are windowed.
     */
    private static String areaPass(List<Rule> area, Scope scope) {
        String events = "SELECT time, service, channel, source, id, area, unnest(%s) AS hit FROM events"
                .formatted(hits(area, r -> "CASE WHEN " + p(r.counted()) + " THEN '" + r.id() + "' END"))
                + " WHERE area IS NOT NULL AND (" + any(area, Rule::counted) + ")" + scope.andAtOrAfter("time", Duration.ZERO);
        return """
                SELECT a.hit, p.customer, a.time, coalesce(a.service, 'unattributed'), a.channel, a.source, a.id, NULL, NULL, NULL
                FROM (%s) a
                JOIN (SELECT customer, area, time AS valid_from, lead(time) OVER (PARTITION BY customer %s) AS valid_until
                      FROM area_profiles
                      WHERE customer IN (SELECT customer FROM area_profiles WHERE area IN (SELECT area FROM (%s)))) p
                  ON p.area = a.area AND p.valid_from <= a.time AND (p.valid_until IS NULL OR a.time < p.valid_until)"""
                .formatted(events, ORDER, events);
    }

    private static String hits(List<Rule> rules, Function<Rule, String> hit) {
        return "list_filter([" + rules.stream().map(hit).collect(Collectors.joining(", ")) + "], lambda h: h IS NOT NULL)";
    }

    private static String any(List<Rule> rules, Function<Rule, String> condition) {
        return rules.stream().map(condition).map(DetectionSql::p).collect(Collectors.joining(" OR "));
    }

    private static String p(String condition) {
        return "(" + condition + ")";
    }
}
