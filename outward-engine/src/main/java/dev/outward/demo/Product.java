package dev.outward.demo;

import java.util.SplittableRandom;

/** What the retailer sells, with a typical monthly price and what a customer needs to get it. */
enum Product {
    ELECTRICITY("electricity", 8_900, 0.86, false, "grid"),
    GAS("gas", 6_400, 0.55, false, null),
    BROADBAND("broadband", 3_500, 0.42, true, "network"),
    MOBILE("mobile", 2_200, 0.33, true, "network"),
    TV("tv", 1_600, 0.12, true, "network"),
    BOILER_COVER("boiler-cover", 1_200, 0.08, false, null);

    final String wire;
    final long monthlyCents;
    final double share;
    /** Needs a router, SIM or box sent by courier. */
    final boolean shipped;
    /** The kind of outage that takes it away, or null. */
    final String outageService;

    Product(String wire, long monthlyCents, double share, boolean shipped, String outageService) {
        this.wire = wire;
        this.monthlyCents = monthlyCents;
        this.share = share;
        this.shipped = shipped;
        this.outageService = outageService;
    }

    int bit() {
        return 1 << ordinal();
    }

    boolean isEnergy() {
        return this == ELECTRICITY || this == GAS;
    }

    boolean heldIn(int products) {
        return (products & bit()) != 0;
    }

    /** A plausible set of products as a bit set; never empty. */
    static int bundle(SplittableRandom random) {
        int products = 0;
        for (Product product : values()) {
            if (Draw.chance(random, product.share)) {
                products |= product.bit();
            }
        }
        return products == 0 ? ELECTRICITY.bit() : products;
    }
}
