package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;

import dev.outward.store.Database;

/**
 * Daily counts of inconveniences and of the events the report divides by (complaints, contacts), per channel,
 * service and segment: a few hundred thousand rows at most, however many events, and any filter is a WHERE.
 * Events without a service count as unattributed, like inconveniences. A served inbound contact is
 * {@code followed} when it caused a {@code repeat-contact} inconvenience, i.e. the customer came back within its
 * window: FCR counts contacts not followed, by the day and dimensions of the first contact.
 */
final class Tallies {

    static final String INBOUND = "type = 'contact' AND coalesce(direction, 'in') = 'in'";
    // the report's fixed definitions (the catalog's `inbound_contact` and `served` state the same); the columns
    // they name exist only in events, so they need no table prefix in the joins below
    static final String SERVED = INBOUND + " AND abandoned IS NOT TRUE";

    private Tallies() {
    }

    static void create(Database database) {
        database.execute("""
                CREATE TABLE IF NOT EXISTS daily_inconveniences (day DATE NOT NULL, rule VARCHAR NOT NULL,
                  service VARCHAR NOT NULL, channel VARCHAR, segment VARCHAR, n BIGINT NOT NULL)""");
        database.execute("""
                CREATE TABLE IF NOT EXISTS daily_events (day DATE NOT NULL, channel VARCHAR, service VARCHAR NOT NULL,
                  segment VARCHAR, complaints BIGINT NOT NULL, inbound BIGINT NOT NULL, served BIGINT NOT NULL,
                  handled BIGINT NOT NULL, handle_s DOUBLE NOT NULL, followed BIGINT NOT NULL)""");
    }

    static void drop(Database database) {
        database.execute("DROP TABLE IF EXISTS daily_inconveniences");
        database.execute("DROP TABLE IF EXISTS daily_events");
    }

    static void refresh(Database database, Optional<LocalDate> from, Optional<LocalDate> followedFrom) {
        if (from.isPresent()) {
            database.execute("DELETE FROM daily_inconveniences WHERE day >= DATE '" + from.get() + "'");
            database.execute("DELETE FROM daily_events WHERE day >= DATE '" + followedFrom.orElseThrow() + "'");
        }
        database.execute("""
                INSERT INTO daily_inconveniences
                SELECT time::DATE AS day, rule, service, channel, segment, count(*) FROM inconveniences
                WHERE true %s GROUP BY ALL ORDER BY day""".formatted(Summaries.since("time", from)));
        database.execute("""
                INSERT INTO daily_events
                SELECT e.time::DATE AS day, e.channel, coalesce(e.service, 'unattributed'), s.segment,
                       count(*) FILTER (WHERE type = 'complaint'), count(*) FILTER (WHERE %1$s),
                       count(*) FILTER (WHERE %2$s), count(handle_s) FILTER (WHERE %2$s),
                       coalesce(sum(handle_s) FILTER (WHERE %2$s), 0), count(r.cause_id) FILTER (WHERE %2$s)
                FROM (SELECT * FROM events WHERE type IN ('complaint', 'contact') %3$s) e
                ASOF LEFT JOIN %4$s s ON s.customer = e.customer AND e.time >= s.time
                LEFT JOIN (SELECT cause_source, cause_id FROM inconveniences WHERE rule = '%5$s' %6$s) r
                  ON r.cause_source = e.source AND r.cause_id = e.id
                GROUP BY ALL ORDER BY day"""
                .formatted(INBOUND, SERVED, Summaries.since("time", followedFrom), DetectionTables.SEGMENTS, Report.REPEAT_CONTACT,
                        Summaries.since("cause_time", followedFrom)));
    }
}
