package dev.outward.inconvenience;

import java.time.Instant;
import java.util.Optional;

import dev.outward.store.SqlTime;

/**
 * Which inconveniences a run recomputes: those counted on events at or after {@code from}, or all of them.
 * Reading starts earlier, by the longest rule window, because an inconvenience can be caused by an older event.
 */
record Scope(Optional<Instant> from) {

    static Scope everything() {
        return new Scope(Optional.empty());
    }

    static Scope from(Instant from) {
        return new Scope(Optional.of(from));
    }

    boolean isEverything() {
        return from.isEmpty();
    }

    /** {@code AND column >= from - lookBack}, or nothing when everything is in scope. */
    String andAtOrAfter(String column, java.time.Duration lookBack) {
        return from.map(f -> " AND " + column + " >= " + SqlTime.literal(f.minus(lookBack))).orElse("");
    }
}
