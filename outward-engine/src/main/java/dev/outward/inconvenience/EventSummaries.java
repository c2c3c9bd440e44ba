package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import dev.outward.events.EventStore;
import dev.outward.store.Database;

/**
 * The events' half of the {@link Summaries}: customer keys, {@code customer_days}, {@code relationship_days},
 * {@code daily_contacts} and the masks of active days. They depend on events and profiles only, not on rules, so
 * they are brought up to date for the batches imported since they last were ({@code event_summaries_state}),
 * from the earliest day those batches touch, whatever kind of run: a full detection after a rule change does not
 * summarise ten million unchanged events again. A version change starts them over.
 */
final class EventSummaries {

    private static final CaughtUp STATE = new CaughtUp("event_summaries_state");

    private EventSummaries() {
    }

    static void create(Database database) {
        STATE.create(database);
    }

    /**
     * Summarises the batches up to {@code lastBatch} not yet summarised; needs the profiles of them in
     * {@link ProfileHistory}. Returns whether there were any.
     */
    static boolean catchUp(Database database, int lastBatch) {
        long summarised = STATE.batch(database);
        if (summarised < 0) {
            CustomerDays.addKeys(database, OptionalInt.empty());
            MergedCustomers.refresh(database, Optional.empty(), () -> rebuild(database, Optional.empty()));
        } else if (summarised < lastBatch) {
            CustomerDays.addKeys(database, OptionalInt.of((int) summarised));
            database.sql().query("SELECT min(time)::DATE FROM events WHERE batch > ?",
                    row -> Optional.ofNullable(row.getObject(1, LocalDate.class)), summarised).getFirst()
                    .ifPresent(from -> bringUpToDate(database, from, (int) summarised));
        }
        STATE.to(database, lastBatch);
        return summarised < lastBatch;
    }

    /**
     * Adds what the batches after {@code summarised} (from day {@code from} on) bring. An alias call moves a previous
     * id's events to a customer in a new batch, and nothing says whose rows they were: a store with alias calls has
     * every row from {@code from} replaced instead.
     */
    private static void bringUpToDate(Database database, LocalDate from, int summarised) {
        if (EventStore.hasAliasCalls(database)) {
            MergedCustomers.refresh(database, Optional.of(from), () -> rebuild(database, Optional.of(from)));
            return;
        }
        Tallies.refreshEvents(database, Optional.of(from));
        CustomerDays.addEvents(database, from, summarised);
        CustomerMasks.refreshActive(database, Optional.of(from));
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
        CustomerMasks.refreshActive(database, from);
    }
}
