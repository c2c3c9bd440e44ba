package dev.outward.demo;

import java.util.SplittableRandom;

/** How a customer prefers to deal with the company: mostly in the app, on the website, or by phone and post. */
enum Habit {
    APP(0.40, 3.2, 0.10),
    WEB(0.48, 2.0, 0.12),
    OFFLINE(0.12, 0.25, 0.35);

    final double share;
    final double visitsPerMonth;
    final double routineContactsPerMonth;

    Habit(double share, double visitsPerMonth, double routineContactsPerMonth) {
        this.share = share;
        this.visitsPerMonth = visitsPerMonth;
        this.routineContactsPerMonth = routineContactsPerMonth;
    }

    static Habit draw(SplittableRandom random) {
        double u = random.nextDouble();
        return u < APP.share ? APP : u < APP.share + WEB.share ? WEB : OFFLINE;
    }

    /** Where a web or app visit happens: mostly the customer's usual place, sometimes the other one. */
    String visitChannel(SplittableRandom random) {
        boolean usual = Draw.chance(random, 0.85);
        return (this == APP) == usual ? "app" : "web";
    }

    String contactChannel(SplittableRandom random) {
        double u = random.nextDouble();
        if (this == OFFLINE) {
            return u < 0.85 ? "phone" : u < 0.95 ? "email" : "chat";
        }
        return u < 0.52 ? "phone" : u < 0.85 ? "chat" : "email";
    }

    String billChannel() {
        return this == OFFLINE ? "mail" : "email";
    }

    /** Where the customer goes to buy, change or leave. */
    String salesChannel(SplittableRandom random) {
        if (this == OFFLINE) {
            return Draw.chance(random, 0.7) ? "phone" : "store";
        }
        return Draw.chance(random, 0.8) ? visitChannel(random) : "phone";
    }
}
