package dev.outward.inconvenience;

import java.time.Duration;
import java.util.List;

/**
 * All area rules in one join: area events in scope (one row per rule they satisfy) with the profile in force at
 * their time, each profile valid from its time until the customer's next one. Only customers with some profile in
 * an area that has an event in scope are windowed, which keeps incremental runs small. Those areas are one list, a
 * filter on the profiles: as {@code area IN (SELECT …)} DuckDB, which expected hundreds of thousands of area events
 * where an incremental run has a handful, hashed all the profiles to probe them (at 10M events the pass took 34–41
 * instead of 21 ms, of the ~150 ms an incremental run takes to find its inconveniences).
 */
final class AreaPass {

    private AreaPass() {
    }

    static String sql(List<Rule> rules, Scope scope) {
        String events = "SELECT time, service, channel, source, id, area, unnest(%s) AS hit FROM events"
                .formatted(DetectionSql.hits(rules, r -> "CASE WHEN " + DetectionSql.p(r.counted()) + " THEN '" + r.id() + "' END"))
                + " WHERE area IS NOT NULL AND (" + DetectionSql.any(rules.stream().map(Rule::counted).toList()) + ")"
                + scope.andAtOrAfter("time", Duration.ZERO);
        return """
                SELECT a.hit, p.customer, a.time, coalesce(a.service, 'unattributed'), a.channel, a.source, a.id, NULL, NULL, NULL, NULL, NULL
                FROM (%s) a
                JOIN (SELECT customer, area, time AS valid_from, lead(time) OVER (PARTITION BY customer %s) AS valid_until
                      FROM area_profiles
                      WHERE customer IN (SELECT customer FROM area_profiles
                                         WHERE list_contains((SELECT list(DISTINCT area) FROM (%s)), area))) p
                  ON p.area = a.area AND p.valid_from <= a.time AND (p.valid_until IS NULL OR a.time < p.valid_until)"""
                .formatted(events, DetectionSql.ORDER, events);
    }
}
