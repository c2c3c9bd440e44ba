package dev.outward.inconvenience;

/** Customers grouped by how many times they were inconvenienced in a period. */
public enum Bucket {
    NONE("0"), ONE("1"), TWO_OR_THREE("2-3"), FOUR_OR_MORE("4+");

    private final String label;

    Bucket(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The bucket of a count; counts above 4 are {@link #FOUR_OR_MORE}. */
    public static Bucket of(long inconveniences) {
        return inconveniences <= 0 ? NONE : inconveniences == 1 ? ONE : inconveniences <= 3 ? TWO_OR_THREE : FOUR_OR_MORE;
    }
}
