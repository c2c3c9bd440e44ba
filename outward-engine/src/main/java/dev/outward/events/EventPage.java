package dev.outward.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A page of one customer's events, in time order.
 *
 * @param earlier the time the page begins at, when the customer has events before it: the next page ends there
 */
public record EventPage(List<StoredEvent> events, Optional<Instant> earlier) {
}
