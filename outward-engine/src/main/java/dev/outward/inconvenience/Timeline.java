package dev.outward.inconvenience;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.outward.events.CustomerId;
import dev.outward.events.StoredEvent;

/**
 * What happened to one customer, in time order: every event of theirs (and every area event that reached them)
 * and every inconvenience with its evidence. {@code truncated} says a limit cut the history short at its end;
 * {@code earlier}, that the history goes on before what is here: ask for it with that time as {@code before}.
 */
public record Timeline(CustomerId customer, List<StoredEvent> events, List<Evidence> inconveniences, boolean truncated,
                       Optional<Instant> earlier) {

    /** One line of the timeline: an event, or an inconvenience counted on the event just before it. */
    public sealed interface Entry permits EventEntry, InconvenienceEntry {
        Instant time();
    }

    public record EventEntry(StoredEvent event) implements Entry {
        @Override
        public Instant time() {
            return event.time();
        }
    }

    public record InconvenienceEntry(Evidence evidence) implements Entry {
        @Override
        public Instant time() {
            return evidence.inconvenience().time();
        }
    }

    /** Events and inconveniences merged in time order, each inconvenience right after the event it is counted on. */
    public List<Entry> entries() {
        var entries = new ArrayList<Entry>();
        for (var event : events) {
            entries.add(new EventEntry(event));
            inconveniences.stream()
                    .filter(e -> e.event().source().equals(event.source()) && e.event().id().equals(event.id()))
                    .forEach(e -> entries.add(new InconvenienceEntry(e)));
        }
        entries.sort(Comparator.comparing(Entry::time)); // stable: keeps each inconvenience after its event
        return entries;
    }

    public long count() {
        return inconveniences.size();
    }
}
