package dev.outward.demo;

import java.util.SplittableRandom;

/**
 * Web and app visits. A failed visit often shows an error and is often followed by a call within a day: the
 * channel switch that makes a broken website expensive.
 */
final class Digital {
    private static final int[] HTTP_CODES = {500, 502, 503, 504};
    private static final String[] APP_CODES = {"TIMEOUT", "AUTH-401", "SESSION-EXPIRED", "VALIDATION", "UPSTREAM"};

    private final CustomerLife life;
    private final SplittableRandom random;

    Digital(CustomerLife life) {
        this.life = life;
        this.random = life.random;
    }

    void month(long from, long to) {
        Habit habit = life.customer.habit;
        int visits = Draw.poisson(random, habit.visitsPerMonth);
        for (int i = 0; i < visits; i++) {
            visit(Times.someday(random, from, to, 7, 23), Journey.browse(random), habit.visitChannel(random));
        }
    }

    /** One visit; returns whether the customer got done what they came for. */
    boolean visit(long at, Journey journey, String channel) {
        Rates rates = life.rates;
        double u = random.nextDouble();
        String outcome = u < rates.failedVisit() ? "failed"
                : u < rates.failedVisit() + rates.abandonedVisit() ? "abandoned" : "ok";
        String service = "app".equals(channel) ? "mobile-app" : "web-portal";
        life.timeline.add(EventType.VISIT, at).channel(channel).service(service).reason(journey.wire)
                .attr("outcome", outcome).end();
        if ("failed".equals(outcome)) {
            failed(at, journey, channel, service);
        } else if ("abandoned".equals(outcome) && Draw.chance(random, 0.05)) {
            life.contacts.inbound(at + Draw.between(random, 10 * Times.MINUTE, Times.DAY), journey.wire, service, 1.0);
        }
        return "ok".equals(outcome);
    }

    private void failed(long at, Journey journey, String channel, String service) {
        if (Draw.chance(random, 0.8)) {
            Line error = life.timeline.add(EventType.ERROR, at + Draw.between(random, 2, 90)).channel(channel)
                    .service(service).reason(journey.wire);
            if (Draw.chance(random, 0.5)) {
                error.attr("code", HTTP_CODES[random.nextInt(HTTP_CODES.length)]);
            } else {
                error.attr("code", Draw.pick(random, APP_CODES));
            }
            error.end();
        }
        if (Draw.chance(random, 0.4)) {
            life.contacts.inbound(at + Draw.between(random, 5 * Times.MINUTE, Times.DAY), journey.wire, service, 1.0);
        }
    }
}
