package dev.outward.demo;

import java.util.SplittableRandom;

/** Satisfaction surveys sent after a contact; scores follow whether the contact solved the problem. */
final class Surveys {
    private final CustomerLife life;
    private final SplittableRandom random;

    Surveys(CustomerLife life) {
        this.life = life;
        this.random = life.random;
    }

    void after(long contact, String reason, String service, boolean resolved) {
        long at = Math.max(contact + 30 * Times.MINUTE, Times.during(random, contact + Draw.between(random, 0, 3) * Times.DAY, 9, 21));
        boolean nps = Draw.chance(random, 0.6);
        double drop = Math.abs(Draw.gaussian(random));
        long score = nps
                ? clamp(resolved ? 10 - Math.round(drop * 2.5) : 6 - Math.round(drop * 3), 0, 10)
                : clamp(resolved ? 5 - Math.round(drop * 1.2) : 3 - Math.round(drop * 1.2), 1, 5);
        life.timeline.add(EventType.SURVEY, at).channel(Draw.chance(random, 0.7) ? "email" : "sms").service(service)
                .reason(reason).attr("score", score).attr("scale", nps ? "nps" : "csat").end();
    }

    private static long clamp(long value, long low, long high) {
        return Math.max(low, Math.min(high, value));
    }
}
