package dev.outward.events;

import java.util.Optional;

/** Which stored events to list, newest rules last: ordered by time then id, as detection orders them. */
public record EventQuery(Optional<CustomerId> customer, Optional<EventType> type, int limit) {

    public EventQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    public static EventQuery all(int limit) {
        return new EventQuery(Optional.empty(), Optional.empty(), limit);
    }

    public EventQuery forCustomer(CustomerId customer) {
        return new EventQuery(Optional.of(customer), type, limit);
    }

    public EventQuery ofType(EventType type) {
        return new EventQuery(customer, Optional.of(type), limit);
    }
}
