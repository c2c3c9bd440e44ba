package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import dev.outward.store.Database;

/**
 * The events' half of the {@link Summaries}: customer keys, {@code customer_days}, {@code relationship_days},
 * {@code daily_contacts} and the masks of active days. They depend on events and profiles only, not on rules, so
 * they are brought up to date for the batches imported since they last were ({@code event_summaries_state}),
 * from the earliest day those batches touch, whatever kind of run: a full detection after a rule change does not
 * summarise ten million unchanged events again. A version change starts them over.
 */
final class EventSummaries {

    private EventSummaries() {
    }

    static void create(Database database) {
        database.execute("CREATE TABLE IF NOT EXISTS event_summaries_state (version VARCHAR NOT NULL, batch INTEGER NOT NULL)");
    }

    /** Summarises the batches up to {@code lastBatch} not yet summarised; needs the profiles of them in {@link ProfileHistory}. */
    static void catchUp(Database database, int lastBatch) {
        var sql = database.sql();
        long summarised = sql.queryLong("SELECT coalesce(max(batch), -1) FROM event_summaries_state WHERE version = ?",
                DetectionTables.VERSION);
        if (summarised < 0) {
            CustomerDays.addKeys(database, OptionalInt.empty());
            rebuild(database, Optional.empty());
        } else if (summarised < lastBatch) {
            CustomerDays.addKeys(database, OptionalInt.of((int) summarised));
            sql.query("SELECT min(time)::DATE FROM events WHERE batch > ?",
                    row -> Optional.ofNullable(row.getObject(1, LocalDate.class)), summarised).getFirst()
                    .ifPresent(from -> rebuild(database, Optional.of(from)));
        }
        database.execute("DELETE FROM event_summaries_state");
        sql.update("INSERT INTO event_summaries_state VALUES (?, ?)", DetectionTables.VERSION, lastBatch);
    }

    private static void rebuild(Database database, Optional<LocalDate> from) {
        if (from.isEmpty()) {
            Tallies.dropEvents(database);
            CustomerDays.dropEvents(database);
            CustomerMasks.all().forEach(masks -> masks.dropActive(database));
            Summaries.create(database);
        }
        Tallies.refreshEvents(database, from);
        CustomerDays.refreshEvents(database, from);
        CustomerMasks.all().forEach(masks -> masks.refreshActive(database, from));
    }
}
