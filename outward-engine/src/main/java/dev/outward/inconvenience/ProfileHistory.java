package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;

import dev.outward.store.Database;

/**
 * The profile events area rules need, in their own table {@code area_profiles}. A customer's area can come from a
 * profile of any age, so area rules read the whole profile history on every run; finding it among all events
 * costs a scan of the store, while this table is brought up to date by appending the profiles of the batches
 * imported since it was last brought up to date ({@code area_profiles_state}), whatever kind of run it is.
 * <p>
 * {@code segment_spans} keeps, per profile stating a segment, the span it is in force: from its time until the
 * customer's next such profile. Inconveniences and the event summaries take their segment from it, four joins a
 * run; computing the spans in each of them windowed every profile of the store again, 60 ms a join at 10M events
 * however few rows were joined. Only the spans of customers with a new profile are recomputed.
 */
final class ProfileHistory {

    private static final CaughtUp STATE = new CaughtUp("area_profiles_state");

    private ProfileHistory() {
    }

    static void create(Database database) {
        database.execute("""
                CREATE TABLE IF NOT EXISTS area_profiles (
                  customer VARCHAR NOT NULL USING COMPRESSION uncompressed, area VARCHAR USING COMPRESSION dictionary,
                  time TIMESTAMP NOT NULL USING COMPRESSION uncompressed, id VARCHAR NOT NULL USING COMPRESSION uncompressed,
                  source VARCHAR NOT NULL USING COMPRESSION dictionary, segment VARCHAR USING COMPRESSION dictionary,
                  since DATE)""");
        database.execute("""
                CREATE TABLE IF NOT EXISTS segment_spans (customer VARCHAR NOT NULL, segment VARCHAR NOT NULL,
                  valid_from TIMESTAMP NOT NULL, valid_until TIMESTAMP NOT NULL)""");
        STATE.create(database);
    }

    /** Appends the profiles of batches up to {@code lastBatch} not yet copied; starts over when the version changed. */
    static void catchUp(Database database, int lastBatch) {
        long copied = STATE.batch(database);
        if (copied < 0) {
            database.execute("DELETE FROM area_profiles");
            database.execute("DELETE FROM segment_spans");
            copied = 0;
        }
        if (copied < lastBatch) {
            String batches = "batch > " + copied + " AND batch <= " + lastBatch;
            database.execute("INSERT INTO area_profiles SELECT customer, area, time, id, source, segment, since FROM events"
                    + " WHERE type = 'profile' AND customer IS NOT NULL AND " + batches);
            if (copied == 0) {
                respan(database, "");
            } else {
                respanNewProfiles(database, batches);
            }
        }
        STATE.to(database, lastBatch);
    }

    /**
     * Recomputes the spans of the customers with a profile stating a segment in {@code batches}, found once: naming
     * them by a subquery in both statements scanned the new batches twice, 80 ms a run at 10M events even when they
     * held no profile.
     */
    private static void respanNewProfiles(Database database, String batches) {
        database.execute("CREATE OR REPLACE TEMP TABLE respanned AS SELECT DISTINCT customer FROM events"
                + " WHERE type = 'profile' AND segment IS NOT NULL AND customer IS NOT NULL AND " + batches);
        if (database.sql().queryLong("SELECT count(*) FROM respanned") > 0) {
            respan(database, "AND customer IN (SELECT customer FROM respanned)");
        }
        database.execute("DROP TABLE respanned");
    }

    /** Recomputes the segment spans of the customers {@code customers} (a condition to AND) chooses. */
    private static void respan(Database database, String customers) {
        if (!customers.isEmpty()) {
            database.execute("DELETE FROM segment_spans WHERE true " + customers);
        }
        database.execute("""
                INSERT INTO segment_spans
                SELECT customer, segment, time, lead(time, 1, TIMESTAMP 'infinity') OVER (PARTITION BY customer ORDER BY time, id, source)
                FROM area_profiles WHERE segment IS NOT NULL %s""".formatted(customers));
    }

    /**
     * Joins to the rows of {@code alias} (with {@code customer} and {@code time}) the {@code segment} in force then: of the
     * customer's latest profile at or before it that states one. A hash join on the customer with the profile's
     * span: an ASOF join gives the same and cost twice as much, sorting every row it joins.
     */
    static String segmentOf(String alias, Optional<LocalDate> from) {
        return segmentOf(alias, "time", from);
    }

    /**
     * The same at another time of the row: its column {@code time}, on or after day {@code from} when there is one.
     * Spans that ended before that day cannot hold such a row. Leaving them out of the joins (about 200k of 450k spans
     * at 10M events) saved an incremental run ~40 ms, 20 ms of it in finding the inconveniences.
     */
    static String segmentOf(String alias, String time, Optional<LocalDate> from) {
        String spans = from.map(day -> "(SELECT * FROM segment_spans WHERE valid_until > DATE '" + day + "')")
                .orElse("segment_spans");
        return "LEFT JOIN %3$s s ON s.customer = %1$s.customer AND %1$s.%2$s >= s.valid_from AND %1$s.%2$s < s.valid_until"
                .formatted(alias, time, spans);
    }
}
