package dev.outward.cli;

/** A count with its noun as a person writes it: {@code 1 month}, {@code 12 months}, {@code 1,234 events}. */
final class Counts {

    private Counts() {
    }

    /** The noun as given for one, with an {@code s} for any other count (every noun the command line counts takes one). */
    static String of(long n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : noun + "s");
    }
}
