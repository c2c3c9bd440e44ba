package dev.outward.demo;

import java.util.SplittableRandom;

/** What a customer came to do on the website or in the app; the weight is how often it is done unprompted. */
enum Journey {
    VIEW_BILL("view-bill", 24),
    CHECK_USAGE("check-usage", 18),
    PAY_BILL("pay-bill", 12),
    SUBMIT_METER_READING("submit-meter-reading", 9),
    UPDATE_DETAILS("update-details", 7),
    LOGIN("login", 7),
    CHANGE_TARIFF("change-tariff", 6),
    ADD_PRODUCT("add-product", 4),
    TRACK_ORDER("track-order", 4),
    REPORT_FAULT("report-fault", 4),
    BOOK_APPOINTMENT("book-appointment", 3),
    MOVE_HOME("move-home", 2);

    private static final int TOTAL_WEIGHT = 100;

    final String wire;
    private final int weight;

    Journey(String wire, int weight) {
        this.wire = wire;
        this.weight = weight;
    }

    static Journey browse(SplittableRandom random) {
        int u = random.nextInt(TOTAL_WEIGHT);
        for (Journey journey : values()) {
            u -= journey.weight;
            if (u < 0) {
                return journey;
            }
        }
        return VIEW_BILL;
    }
}
