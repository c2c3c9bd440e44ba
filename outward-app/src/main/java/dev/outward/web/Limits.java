package dev.outward.web;

/**
 * How many rows an API call may ask for. A number out of range is refused with the range (400) rather than quietly
 * changed: a script asking for {@code limit=-1} or {@code 0} has a bug that a silent single row would hide.
 */
final class Limits {

    private Limits() {
    }

    static int checked(String name, int asked, int most) {
        if (asked < 1 || asked > most) {
            throw new IllegalArgumentException(name + " must be between 1 and " + most + ", not " + asked);
        }
        return asked;
    }
}
