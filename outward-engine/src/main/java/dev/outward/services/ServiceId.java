package dev.outward.services;

import java.util.Objects;

/** An IT service as events name it ({@code billing}, {@code web-portal}); {@link #UNATTRIBUTED} when none is known. */
public record ServiceId(String value) {

    public static final ServiceId UNATTRIBUTED = new ServiceId("unattributed");

    public ServiceId {
        Objects.requireNonNull(value, "service id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A service id must not be blank");
        }
    }

    /** The service of a nullable event field: unattributed when the event names none. */
    public static ServiceId ofNullable(String value) {
        return value == null || value.isBlank() ? UNATTRIBUTED : new ServiceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
