package dev.outward.demo;

import java.util.SplittableRandom;

/** Who the customer is, which sets how big their bills are. */
enum Segment {
    RESIDENTIAL("residential", 0.80, 1.0),
    SMALL_BUSINESS("small-business", 0.13, 2.6),
    PRIORITY_SERVICES("priority-services", 0.05, 0.9),
    KEY_ACCOUNT("key-account", 0.02, 8.0);

    final String wire;
    final double share;
    final double billFactor;

    Segment(String wire, double share, double billFactor) {
        this.wire = wire;
        this.share = share;
        this.billFactor = billFactor;
    }

    static Segment draw(SplittableRandom random) {
        double u = random.nextDouble();
        for (Segment segment : values()) {
            u -= segment.share;
            if (u < 0) {
                return segment;
            }
        }
        return RESIDENTIAL;
    }
}
