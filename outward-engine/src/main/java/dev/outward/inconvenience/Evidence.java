package dev.outward.inconvenience;

import java.util.Optional;

import dev.outward.events.StoredEvent;

/**
 * An inconvenience with the events behind it: the one it is counted on and, for rules that have one, its cause.
 * {@code rule} is empty when the rule has left the catalog since detection ran.
 */
public record Evidence(Inconvenience inconvenience, Optional<Rule> rule, StoredEvent event, Optional<StoredEvent> cause) {
}
