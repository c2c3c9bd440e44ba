package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;

import dev.outward.store.Database;

/**
 * Daily counts of inconveniences and of the events the report divides by (complaints, contacts), per channel,
 * service and segment: a few hundred thousand rows at most, however many events, and any filter is a WHERE. The
 * inconveniences' counts are summed per week too ({@code weekly_inconveniences}), for weekly series.
 * {@code daily_events} is a view of the events' counts ({@code daily_contacts}, refreshed as events arrive) and of
 * the followed contacts ({@code daily_followed}, refreshed with the inconveniences), which add up like the rest.
 * Events without a service count as unattributed, like inconveniences. A served inbound contact is
 * {@code followed} when it caused a {@code repeat-contact} inconvenience, i.e. the customer came back within its
 * window: FCR counts contacts not followed, by the day and dimensions of the first contact.
 */
final class Tallies {

    private static final String INBOUND = "type = 'contact' AND coalesce(direction, 'in') = 'in'";
    // the report's fixed definitions (the catalog's `inbound_contact` and `served` state the same); the columns
    // they name exist only in events, so they need no table prefix beside the segment spans the events join
    private static final String SERVED = INBOUND + " AND abandoned IS NOT TRUE";

    private Tallies() {
    }

    static void create(Database database) {
        database.execute("""
                CREATE TABLE IF NOT EXISTS daily_inconveniences (day DATE NOT NULL, rule VARCHAR NOT NULL,
                  service VARCHAR NOT NULL, channel VARCHAR, segment VARCHAR, n BIGINT NOT NULL)""");
        database.execute("""
                CREATE TABLE IF NOT EXISTS daily_contacts (day DATE NOT NULL, channel VARCHAR, service VARCHAR NOT NULL,
                  segment VARCHAR, complaints BIGINT NOT NULL, inbound BIGINT NOT NULL, served BIGINT NOT NULL,
                  handled BIGINT NOT NULL, handle_s DOUBLE NOT NULL)""");
        database.execute("""
                CREATE TABLE IF NOT EXISTS daily_followed (day DATE NOT NULL, channel VARCHAR, service VARCHAR NOT NULL,
                  segment VARCHAR, followed BIGINT NOT NULL)""");
        // a store of an earlier version has the daily rows without their weeks: summed once here
        database.execute("CREATE TABLE IF NOT EXISTS weekly_inconveniences AS " + weeks(""));
        Summaries.createView(database, "daily_events", """
                SELECT day, channel, service, segment, complaints, inbound, served, handled, handle_s, 0::BIGINT AS followed
                FROM daily_contacts
                UNION ALL SELECT day, channel, service, segment, 0, 0, 0, 0, 0.0, followed FROM daily_followed""");
    }

    static void dropEvents(Database database) {
        database.execute("DROP TABLE IF EXISTS daily_contacts");
    }

    static void dropInconveniences(Database database) {
        database.execute("DROP TABLE IF EXISTS weekly_inconveniences");
        database.execute("DROP TABLE IF EXISTS daily_inconveniences");
        database.execute("DROP TABLE IF EXISTS daily_followed");
    }

    /** Rebuilds the counts of complaints and contacts from {@code from} (all days when empty). */
    static void refreshEvents(Database database, Optional<LocalDate> from) {
        from.ifPresent(day -> database.execute("DELETE FROM daily_contacts WHERE day >= DATE '" + day + "'"));
        database.execute("""
                INSERT INTO daily_contacts
                SELECT e.time::DATE AS day, e.channel, coalesce(e.service, 'unattributed'), s.segment,
                       count(*) FILTER (WHERE type = 'complaint'), count(*) FILTER (WHERE %1$s),
                       count(*) FILTER (WHERE %2$s), count(handle_s) FILTER (WHERE %2$s),
                       coalesce(sum(handle_s) FILTER (WHERE %2$s), 0)
                FROM (SELECT * FROM events WHERE type IN ('complaint', 'contact') %3$s) e
                %4$s
                GROUP BY ALL ORDER BY day"""
                .formatted(INBOUND, SERVED, Summaries.since("time", from), ProfileHistory.segmentOf("e", from)));
    }

    /**
     * {@code weekly_inconveniences}: the daily counts summed per week (Monday), a seventh of the rows, which weekly
     * series read for the weeks their period holds whole ({@link Weekly#inconveniences}): the overview's two series at
     * 10M events took 2 and 3.5 instead of 6 and 8 ms.
     */
    private static String weeks(String since) {
        return "SELECT " + Weekly.WEEK + " AS week, rule, service, channel, segment, sum(n)::BIGINT AS n FROM daily_inconveniences"
                + " WHERE true" + since + " GROUP BY ALL ORDER BY week";
    }

    /**
     * Rebuilds the counts of inconveniences from {@code from}, and of followed contacts from {@code followedFrom}: by the
     * day, channel, service and segment of the first contact, the cause the repeat keeps (finding it among the events
     * instead, a join on its source and id, was 5% of a full run).
     */
    static void refreshInconveniences(Database database, Optional<LocalDate> from, Optional<LocalDate> followedFrom) {
        if (from.isPresent()) {
            database.execute("DELETE FROM daily_inconveniences WHERE day >= DATE '" + from.get() + "'");
            database.execute("DELETE FROM daily_followed WHERE day >= DATE '" + followedFrom.orElseThrow() + "'");
        }
        database.execute("""
                INSERT INTO daily_inconveniences
                SELECT day, rule, service, channel, segment, count(*) FROM inconveniences
                WHERE true %s GROUP BY ALL ORDER BY day""".formatted(Summaries.since("day", from)));
        Optional<LocalDate> monday = from.map(Weekly::monday);
        database.execute("DELETE FROM weekly_inconveniences WHERE true" + Summaries.since("week", monday));
        database.execute("INSERT INTO weekly_inconveniences " + weeks(Summaries.since("day", monday)));
        database.execute("""
                INSERT INTO daily_followed
                SELECT r.cause_time::DATE AS day, r.cause_channel, coalesce(r.cause_service, 'unattributed'), s.segment, count(*)
                FROM (SELECT customer, cause_time, cause_channel, cause_service FROM inconveniences WHERE rule = '%1$s' %2$s) r
                %3$s
                GROUP BY ALL ORDER BY day"""
                .formatted(Report.REPEAT_CONTACT, Summaries.since("cause_time", followedFrom),
                        ProfileHistory.segmentOf("r", "cause_time", followedFrom)));
    }
}
