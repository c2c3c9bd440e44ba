package dev.outward.inconvenience;

/** Whose service an inconvenience is traced to: the event it is counted on, or the earlier event that caused it. */
public enum Attribution {
    EVENT("event"), CAUSE("cause");

    private final String wireName;

    Attribution(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
