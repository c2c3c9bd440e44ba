package dev.outward.demo;

import java.util.Locale;

/** The fourteen event types of the Outward event format v1, in the order the format lists them. */
enum EventType {
    CONTACT, VISIT, ERROR, ORDER, DELIVERY, PAYMENT, BILL, APPOINTMENT, OUTAGE, COMPLAINT, SURVEY, PRODUCT, ACCOUNT,
    PROFILE;

    static final int COUNT = values().length;

    private final String wire = name().toLowerCase(Locale.ROOT);

    /** The value of the {@code type} field. */
    String wire() {
        return wire;
    }
}
