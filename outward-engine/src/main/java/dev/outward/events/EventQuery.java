package dev.outward.events;

import java.time.Instant;
import java.util.Optional;

/**
 * Which stored events to list, ordered by time then id, as detection orders them: of one customer, of one type,
 * from a time (inclusive) and before one (exclusive).
 */
public record EventQuery(Optional<CustomerId> customer, Optional<EventType> type, Optional<Instant> from,
                         Optional<Instant> before, int limit) {

    public EventQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    public static EventQuery all(int limit) {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    public EventQuery forCustomer(CustomerId customer) {
        return new EventQuery(Optional.of(customer), type, from, before, limit);
    }

    public EventQuery ofType(EventType type) {
        return new EventQuery(customer, Optional.of(type), from, before, limit);
    }

    public EventQuery between(Optional<Instant> from, Optional<Instant> before) {
        return new EventQuery(customer, type, from, before, limit);
    }
}
