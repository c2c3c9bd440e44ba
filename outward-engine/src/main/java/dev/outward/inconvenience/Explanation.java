package dev.outward.inconvenience;

import java.util.ArrayList;
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
        var found = inconveniences.of(customer, limit + 1);
        boolean truncated = own.size() > limit || found.size() > limit;
        var known = new LinkedHashMap<EventRef, StoredEvent>();
        own.stream().limit(limit).forEach(e -> known.put(new EventRef(e.source(), e.id()), e));
        var evidence = new ArrayList<Evidence>();
        for (var inconvenience : found.stream().limit(limit).toList()) {
            var event = lookUp(inconvenience.event(), known, () -> events.event(inconvenience.event().source(),
                    inconvenience.event().id(), inconvenience.time()));
            var rule = catalog.rule(inconvenience.rule());
            if (event.isPresent()) {
                evidence.add(new Evidence(inconvenience, rule, event.get(),
                        inconvenience.cause().flatMap(cause -> lookUp(cause, known, () -> events.event(cause.source(), cause.id())))));
            }
        }
        return new Timeline(customer, timelineEvents(known), evidence, truncated);
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

    private static List<StoredEvent> timelineEvents(Map<EventRef, StoredEvent> known) {
        return known.values().stream()
                .sorted(java.util.Comparator.comparing(StoredEvent::time).thenComparing(StoredEvent::id)).toList();
    }
}
