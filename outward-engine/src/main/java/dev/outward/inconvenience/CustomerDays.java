package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import dev.outward.store.Database;

/**
 * Per customer and day: where they were active ({@code customer_days}: a row per event, with its channel, service and
 * segment) and inconvenienced ({@code inconvenience_days}: a row per inconvenience, with its rule; a view over
 * {@code inconveniences}, which keep the customer's key), and what deepens
 * or ends the relationship ({@code relationship_days}: products, payments, closures, and the customer-since date of
 * the day's latest profile stating one). Kept apart because most questions are about inconveniences, a third of the
 * rows. Rows are not made distinct: a customer has about one event on a day they are active, so DISTINCT removed 1%
 * of the rows for a hash of them all, and every reader counts customers as set bits or sums per customer anyway.
 * Customers are dense integers: {@code bitstring_agg(k, 1, max)} then counts distinct customers as set bits, several
 * times faster than hashing their names, and one customer's bit can be looked up ({@code get_bit}) in a population.
 * Days and keys are written uncompressed and names as dictionaries: DuckDB's own choice, trying every method on
 * every column, cost a tenth of writing the rows.
 */
final class CustomerDays {

    /** The customers whose rows {@link #addEvents} replaces. */
    private static final String CHANGED = "changed_keys";

    private static final String DAY_COLUMNS = """
            day DATE NOT NULL USING COMPRESSION uncompressed, k INTEGER NOT NULL USING COMPRESSION uncompressed,
            channel VARCHAR USING COMPRESSION dictionary, service VARCHAR NOT NULL USING COMPRESSION dictionary,
            segment VARCHAR USING COMPRESSION dictionary""";

    private CustomerDays() {
    }

    static void create(Database database) {
        database.execute("CREATE TABLE IF NOT EXISTS customer_keys (customer VARCHAR NOT NULL, k INTEGER NOT NULL)");
        database.execute("CREATE TABLE IF NOT EXISTS customer_days (" + DAY_COLUMNS + ")");
        // a view, not a copy: writing 3M rows again cost a full run more than a second
        Summaries.createView(database, "inconvenience_days",
                "SELECT day, k, channel, service, segment, rule FROM inconveniences WHERE k IS NOT NULL");
        database.execute("""
                CREATE TABLE IF NOT EXISTS relationship_days (day DATE NOT NULL, k INTEGER NOT NULL,
                  products INTEGER NOT NULL, spend DOUBLE NOT NULL, closures INTEGER NOT NULL, since DATE)""");
        RelationshipTotals.create(database);
        RelationshipHistory.create(database);
    }

    /** The events' tables; keys stay: a customer keeps their number for the life of the store. */
    static void dropEvents(Database database) {
        database.execute("DROP TABLE IF EXISTS customer_days");
        database.execute("DROP TABLE IF EXISTS relationship_days");
        RelationshipTotals.drop(database);
        RelationshipHistory.drop(database);
    }

    /** Numbers the customers of the batches after {@code afterBatch} (all, when empty) that have none yet. */
    static void addKeys(Database database, OptionalInt afterBatch) {
        database.execute("""
                INSERT INTO customer_keys
                SELECT customer, (SELECT coalesce(max(k), 0) FROM customer_keys) + row_number() OVER (ORDER BY customer)
                FROM (SELECT DISTINCT customer FROM events WHERE customer IS NOT NULL %s
                      EXCEPT SELECT customer FROM customer_keys)"""
                .formatted(afterBatch.isPresent() ? "AND batch > " + afterBatch.getAsInt() : ""));
    }

    /** The largest key: the top of the range {@code bitstring_agg} needs (at least 1, so the range is never empty). */
    static int largestKey(Database database) {
        return (int) Math.max(1, database.sql().queryLong("SELECT max(k) FROM customer_keys"));
    }

    /** Rebuilds the events' days from {@code from} (all days when empty). */
    static void refreshEvents(Database database, Optional<LocalDate> from) {
        from.ifPresent(day -> database.execute("DELETE FROM customer_days WHERE day >= DATE '" + day + "'"));
        database.execute("INSERT INTO customer_days " + rows(from, "true"));
        refreshRelationships(database, from);
    }

    /**
     * Brings the events' days up to date for the batches after {@code afterBatch}, whose earliest day is {@code from},
     * when no event has moved to another customer: their rows are added, and only customers with a new profile stating
     * a segment (it changes their later rows' segment) have their rows from {@code from} replaced. Replacing every
     * row from {@code from} deleted and inserted again those of the days before the new events (at 10M events with late
     * arrivals, more than half of them), and the next run's checkpoint rewrote the row groups they left sparse.
     */
    static void addEvents(Database database, LocalDate from, int afterBatch) {
        String day = "DATE '" + from + "'";
        database.execute("""
                CREATE OR REPLACE TEMP TABLE %s AS SELECT k FROM customer_keys
                WHERE customer IN (SELECT customer FROM events WHERE batch > %d AND type = 'profile' AND segment IS NOT NULL)"""
                .formatted(CHANGED, afterBatch));
        database.execute("DELETE FROM customer_days WHERE day >= %s AND k IN (SELECT k FROM %s)".formatted(day, CHANGED));
        database.execute("INSERT INTO customer_days " + rows(Optional.of(from),
                "(e.batch > %d AND c.k NOT IN (SELECT k FROM %2$s)) OR c.k IN (SELECT k FROM %2$s)".formatted(afterBatch, CHANGED)));
        database.execute("DROP TABLE " + CHANGED);
        refreshRelationships(database, Optional.of(from));
    }

    /** Day rows of the events from {@code from} (all when empty), those {@code which} keeps (after the key is joined). */
    private static String rows(Optional<LocalDate> from, String which) {
        return """
                SELECT e.time::DATE AS day, e.k, e.channel, coalesce(e.service, 'unattributed') AS service, s.segment
                FROM (SELECT e.customer, e.time, e.channel, e.service, c.k
                      FROM (SELECT customer, time, channel, service, batch FROM events WHERE customer IS NOT NULL %s) e
                      JOIN customer_keys c ON c.customer = e.customer WHERE %s) e
                %s""".formatted(Summaries.since("time", from), which, ProfileHistory.segmentOf("e", from));
    }

    private static void refreshRelationships(Database database, Optional<LocalDate> from) {
        from.ifPresent(day -> {
            RelationshipTotals.beforeReplacing(database, day);
            RelationshipHistory.beforeReplacing(database, day);
            database.execute("DELETE FROM relationship_days WHERE day >= DATE '" + day + "'");
        });
        database.execute("""
                INSERT INTO relationship_days
                SELECT time::DATE AS day, c.k,
                       count(*) FILTER (WHERE type = 'product' AND action = 'add')
                         - count(*) FILTER (WHERE type = 'product' AND action = 'remove'),
                       coalesce(sum(amount) FILTER (WHERE type = 'payment' AND status IS DISTINCT FROM 'failed'), 0),
                       count(*) FILTER (WHERE type = 'account' AND action = 'close'),
                       arg_max(since, time) FILTER (WHERE type = 'profile' AND since IS NOT NULL)
                FROM events e JOIN customer_keys c USING (customer)
                WHERE (type IN ('product', 'payment', 'account') OR (type = 'profile' AND since IS NOT NULL)) %s
                GROUP BY ALL ORDER BY day""".formatted(Summaries.since("time", from)));
        RelationshipTotals.refresh(database, from);
        RelationshipHistory.refresh(database, from);
    }
}
