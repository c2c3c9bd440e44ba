package dev.outward.events;

import java.util.Objects;

/** The external customer (account) an event belongs to, as the source systems name it. */
public record CustomerId(String value) {

    public CustomerId {
        Objects.requireNonNull(value, "customer id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A customer id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
