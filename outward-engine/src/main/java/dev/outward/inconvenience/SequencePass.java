package dev.outward.inconvenience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * All repeat and followed-by rules in one pass over the events of interest, sorted once per customer by
 * (time, id, source). Each distinct condition becomes one boolean column before the sort (so the sort carries
 * booleans, not the columns conditions read); each distinct cause condition becomes one window column holding the
 * nearest earlier cause, {@code lag(… IGNORE NULLS)}, which DuckDB computes about twice as fast as the equivalent
 * framed {@code last_value}. A row is an inconvenience of a rule when it is counted and its cause is recent enough.
 */
final class SequencePass {

    private final List<Rule> rules;
    private final Map<String, Integer> conditions = new LinkedHashMap<>();
    private final Map<String, Integer> causes = new LinkedHashMap<>();

    private SequencePass(List<Rule> rules) {
        this.rules = rules;
        for (Rule rule : rules) {
            conditions.putIfAbsent(rule.counted(), conditions.size());
            conditions.putIfAbsent(rule.cause().orElseThrow(), conditions.size());
            causes.putIfAbsent(rule.cause().orElseThrow(), causes.size());
        }
    }

    static String sql(List<Rule> rules, Scope scope) {
        return new SequencePass(rules).sql(scope);
    }

    private String sql(Scope scope) {
        Duration lookBack = rules.stream().map(Rule::within).max(Duration::compareTo).orElseThrow();
        String flags = conditions.entrySet().stream().map(c -> DetectionSql.p(c.getKey()) + " AS is_" + c.getValue())
                .collect(Collectors.joining(", "));
        String causeColumns = causes.entrySet().stream().map(c -> "lag(CASE WHEN is_" + conditions.get(c.getKey())
                + " THEN {'time': time, 'service': service, 'channel': channel, 'source': source, 'id': id} END IGNORE NULLS)"
                + " OVER per_customer AS cause_" + c.getValue()).collect(Collectors.joining(",\n "));
        var hits = new ArrayList<String>();
        var anyHit = new ArrayList<String>();
        for (Rule rule : rules) {
            String cause = "cause_" + causes.get(rule.cause().orElseThrow());
            String hit = "is_" + conditions.get(rule.counted()) + " AND " + cause + ".time >= time - to_microseconds("
                    + rule.within().toNanos() / 1000 + ")";
            String service = rule.attributedTo() == Attribution.CAUSE ? cause + ".service" : "service";
            hits.add("CASE WHEN " + hit + " THEN {'rule': '" + rule.id() + "', 'service': " + service + ", 'source': "
                    + cause + ".source, 'id': " + cause + ".id, 'time': " + cause + ".time, 'channel': " + cause
                    + ".channel, 'cause_service': " + cause + ".service} END");
            anyHit.add(DetectionSql.p(hit));
        }
        return """
                SELECT hit.rule, customer, time, coalesce(hit.service, 'unattributed'), channel, source, id,
                       hit.source, hit.id, hit.time, hit.channel, hit.cause_service
                FROM (SELECT customer, time, channel, source, id, unnest(list_filter([%s], lambda h: h IS NOT NULL)) AS hit
                      FROM (SELECT *, %s
                            FROM (SELECT customer, time, channel, service, source, id, %s
                                  FROM events WHERE customer IS NOT NULL AND (%s)%s)
                            WINDOW per_customer AS (PARTITION BY customer %s))
                      WHERE %s)%s"""
                .formatted(String.join(",\n ", hits), causeColumns, flags, DetectionSql.any(List.copyOf(conditions.keySet())),
                        scope.andAtOrAfter("time", lookBack), DetectionSql.ORDER, String.join(" OR ", anyHit),
                        scope.isEverything() ? "" : " WHERE true" + scope.andAtOrAfter("time", Duration.ZERO));
    }
}
