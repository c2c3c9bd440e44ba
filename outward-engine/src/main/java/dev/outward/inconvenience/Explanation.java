package dev.outward.inconvenience;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.outward.events.CustomerId;
import dev.outward.events.EventQuery;
import dev.outward.events.EventStore;
import dev.outward.events.StoredEvent;
import dev.outward.store.Database;

/** Explains a customer's inconveniences: their timeline with the rule and the evidence of each (run detection first). */
public final class Explanation {

    public static final int DEFAULT_LIMIT = 10_000;

    private final EventStore events;
    private final InconvenienceReader inconveniences;
    private final RuleCatalog catalog;

    public Explanation(Database database, RuleCatalog catalog) {
        this.events = new EventStore(database);
        DetectionTables.create(database);
        this.inconveniences = new InconvenienceReader(database);
        this.catalog = catalog;
    }

    public Timeline of(CustomerId customer) {
        return of(customer, DEFAULT_LIMIT);
    }

    /** At most {@code limit} events and {@code limit} inconveniences, the earliest. */
    public Timeline of(CustomerId customer, int limit) {
        var own = events.find(EventQuery.all(limit + 1).forCustomer(customer));
        var found = inconveniences.of(customer, Optional.empty(), Optional.empty(), limit + 1);
        boolean truncated = own.size() > limit || found.size() > limit;
        return timeline(customer, own.stream().limit(limit).toList(), found.stream().limit(limit).toList(), Optional.empty(),
                truncated);
    }

    /**
     * A page of the customer's history, the latest before {@code before} (or the latest of all): their latest
     * {@code limit} events, or a few more (every one at the page's first time, and those imported since detection last
     * ran), with the inconveniences counted in the same period. {@link Timeline#earlier} says where the history goes
     * on. A long history is read a page at a time: all of it, at 100M events, took a second.
     */
    public Timeline latest(CustomerId customer, int limit, Optional<Instant> before) {
        var start = events.pageStart(customer, limit, before);
        // a cause comes at most the longest rule window before what it causes: read from there, show from the start
        var own = events.find(EventQuery.all(DEFAULT_LIMIT).forCustomer(customer)
                .between(start.map(time -> time.minus(catalog.longestWindow())), before));
        var found = inconveniences.of(customer, start, before, DEFAULT_LIMIT);
        return timeline(customer, own, found, start, own.size() >= DEFAULT_LIMIT || found.size() >= DEFAULT_LIMIT);
    }

    /** The events from {@code start} on, and each inconvenience with its evidence, looked up among {@code own} first. */
    private Timeline timeline(CustomerId customer, List<StoredEvent> own, List<Inconvenience> found, Optional<Instant> start,
                              boolean truncated) {
        var known = new LinkedHashMap<EventRef, StoredEvent>();
        own.forEach(e -> known.put(new EventRef(e.source(), e.id()), e));
        var evidence = new ArrayList<Evidence>();
        for (var inconvenience : found) {
            var event = lookUp(inconvenience.event(), known, () -> events.event(inconvenience.event().source(),
                    inconvenience.event().id(), inconvenience.time()));
            var rule = catalog.rule(inconvenience.rule());
            if (event.isPresent()) {
                evidence.add(new Evidence(inconvenience, rule, event.get(),
                        inconvenience.cause().flatMap(cause -> lookUp(cause, known, () -> events.event(cause.source(), cause.id())))));
            }
        }
        var shown = known.values().stream().filter(e -> start.map(time -> !e.time().isBefore(time)).orElse(true))
                .sorted(Comparator.comparing(StoredEvent::time).thenComparing(StoredEvent::id)).toList();
        return new Timeline(customer, shown, evidence, truncated, start);
    }

    /**
     * The customer's own events are at hand; area events (outages) have no customer and are fetched by key, with
     * the inconvenience's time (which is theirs) so the lookup reads one stretch of the store, not all of it.
     */
    private static Optional<StoredEvent> lookUp(EventRef ref, Map<EventRef, StoredEvent> known,
                                                java.util.function.Supplier<Optional<StoredEvent>> fetch) {
        if (!known.containsKey(ref)) {
            fetch.get().ifPresent(e -> known.put(ref, e));
        }
        return Optional.ofNullable(known.get(ref));
    }
}
