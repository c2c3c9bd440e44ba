package dev.outward.demo;

/** The forty network and grid areas customers live in; outages strike one area at a time. */
final class Areas {
    private static final String[] REGIONS = {"north", "south", "east", "west"};
    private static final String[] NAMES = new String[40];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            int number = i / REGIONS.length + 1;
            NAMES[i] = REGIONS[i % REGIONS.length] + (number < 10 ? "-0" : "-") + number;
        }
    }

    private Areas() {
    }

    static int count() {
        return NAMES.length;
    }

    static String name(int area) {
        return NAMES[area];
    }
}
