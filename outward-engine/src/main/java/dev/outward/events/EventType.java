package dev.outward.events;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What happened to or with a customer. The names are the wire names of the event format. */
public enum EventType {
    CONTACT, VISIT, ERROR, ORDER, DELIVERY, PAYMENT, BILL, APPOINTMENT, OUTAGE, COMPLAINT, SURVEY, PRODUCT, ACCOUNT, PROFILE,
    /** Collected calls no mapping turned into one of the types above: kept and shown, ignored by the rules. */
    CUSTOM;

    private final String wireName = name().toLowerCase(java.util.Locale.ROOT);

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> fromWire(String name) {
        for (EventType type : values()) {
            if (type.wireName().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Outages hit an area, not one customer; every other event belongs to a customer. */
    public boolean needsCustomer() {
        return this != OUTAGE;
    }

    static String wireNames() {
        return Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(" "));
    }
}
