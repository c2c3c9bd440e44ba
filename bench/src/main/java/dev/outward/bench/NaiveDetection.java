package dev.outward.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.outward.store.Database;

/**
 * The baseline the compiled catalog is measured against: the built-in rules written by hand the plain way, one
 * INSERT … SELECT per rule, each with its own scan (and its own sort for the window rules). Same output table
 * shape as detection, so the per-rule counts can be compared.
 */
final class NaiveDetection {

    private static final String INBOUND = "type = 'contact' AND coalesce(direction, 'in') = 'in'";
    private static final String SERVED = INBOUND + " AND abandoned IS NOT TRUE";
    private static final String FAILURE = "((type = 'visit' AND outcome = 'failed') OR type = 'error')";
    private static final String MATCH = "INSERT INTO naive SELECT '%s', customer, time, coalesce(service, 'unattributed'),"
            + " channel, source, id, NULL, NULL, NULL FROM events WHERE customer IS NOT NULL AND %s";

    private static final List<String> RULES = List.of(
            """
            INSERT INTO naive SELECT 'repeat-contact', customer, time, coalesce(prev_service, 'unattributed'), channel,
                   source, id, prev_source, prev_id, prev_time
            FROM (SELECT *, lag(time) OVER w AS prev_time, lag(service) OVER w AS prev_service,
                         lag(source) OVER w AS prev_source, lag(id) OVER w AS prev_id
                  FROM events WHERE customer IS NOT NULL AND %s
                  WINDOW w AS (PARTITION BY customer ORDER BY time, id, source))
            WHERE prev_time >= time - INTERVAL 168 HOUR""".formatted(SERVED),
            MATCH.formatted("long-wait", INBOUND + " AND wait_s > 300"),
            MATCH.formatted("abandoned-contact", INBOUND + " AND abandoned IS TRUE"),
            MATCH.formatted("transfer", "type = 'contact' AND transfers >= 1"),
            MATCH.formatted("unresolved-contact", "type = 'contact' AND resolved IS FALSE"),
            MATCH.formatted("self-service-failure", FAILURE),
            """
            INSERT INTO naive SELECT 'channel-switch', customer, time, coalesce(f.service, 'unattributed'), channel,
                   source, id, f.source, f.id, f.time
            FROM (SELECT *, lag(CASE WHEN %s THEN {'time': time, 'service': service, 'source': source, 'id': id} END
                                IGNORE NULLS) OVER w AS f
                  FROM events WHERE customer IS NOT NULL AND ((%s) OR %s)
                  WINDOW w AS (PARTITION BY customer ORDER BY time, id, source))
            WHERE (%s) AND f.time >= time - INTERVAL 24 HOUR""".formatted(FAILURE, SERVED, FAILURE, SERVED),
            MATCH.formatted("failed-payment", "type = 'payment' AND status = 'failed'"),
            MATCH.formatted("bill-problem", "type = 'bill' AND status IN ('estimated', 'corrected')"),
            MATCH.formatted("late-delivery", "type = 'delivery' AND promised IS NOT NULL AND time > promised"),
            MATCH.formatted("cancelled-order", "type = 'order' AND status = 'cancelled' AND initiated_by IS DISTINCT FROM 'customer'"),
            MATCH.formatted("missed-appointment", "type = 'appointment' AND (status = 'missed'"
                    + " OR (status = 'rescheduled' AND initiated_by IS DISTINCT FROM 'customer'))"),
            """
            INSERT INTO naive SELECT 'outage', p.customer, o.time, coalesce(o.service, 'unattributed'), o.channel, o.source,
                   o.id, NULL, NULL, NULL
            FROM events o JOIN (SELECT customer, area, time AS valid_from,
                                       lead(time) OVER (PARTITION BY customer ORDER BY time, id, source) AS valid_until
                                FROM events WHERE type = 'profile' AND customer IS NOT NULL) p
              ON p.area = o.area AND p.valid_from <= o.time AND (p.valid_until IS NULL OR o.time < p.valid_until)
            WHERE o.type = 'outage'""",
            MATCH.formatted("complaint", "type = 'complaint'"));

    /**
     * The columns and storage of the engine's {@code inconveniences} table that both compute, so both pay the same to
     * write them; the engine's rows carry more (the customer's key and segment, the day, the cause's channel and service).
     */
    static final String STORAGE = """
            rule VARCHAR NOT NULL USING COMPRESSION dictionary, customer VARCHAR NOT NULL USING COMPRESSION uncompressed,
            time TIMESTAMP NOT NULL USING COMPRESSION uncompressed, service VARCHAR NOT NULL USING COMPRESSION dictionary,
            channel VARCHAR USING COMPRESSION dictionary, source VARCHAR NOT NULL USING COMPRESSION dictionary,
            event_id VARCHAR NOT NULL USING COMPRESSION uncompressed, cause_source VARCHAR USING COMPRESSION dictionary,
            cause_id VARCHAR USING COMPRESSION uncompressed, cause_time TIMESTAMP USING COMPRESSION uncompressed""";

    private NaiveDetection() {
    }

    /** Recomputes everything into table {@code naive}; returns the count per rule. */
    static Map<String, Long> run(Database database) {
        database.execute("DROP TABLE IF EXISTS naive");
        database.execute("CREATE TABLE naive (" + STORAGE + ")");
        database.execute("BEGIN TRANSACTION");
        RULES.forEach(database::execute);
        database.execute("COMMIT");
        return countsPerRule(database, "naive");
    }

    /** The rows of {@code table} per rule, to compare what two ways of detecting found. */
    static Map<String, Long> countsPerRule(Database database, String table) {
        var counts = new LinkedHashMap<String, Long>();
        database.sql().query("SELECT rule, count(*) FROM " + table + " GROUP BY rule ORDER BY rule",
                row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }
}
