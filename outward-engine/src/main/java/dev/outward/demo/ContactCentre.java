package dev.outward.demo;

import java.util.SplittableRandom;

/**
 * Phone, chat and email contacts with one customer. An unresolved contact usually brings a repeat within days and an
 * abandoned one a retry within hours, which is where most of the inconvenience of a problem is felt.
 */
final class ContactCentre {
    private static final int MOST_ATTEMPTS = 5;
    private static final String[] COMPLAINT_CHANNELS = {"email", "email", "phone", "web", "mail"};

    private final CustomerLife life;
    private final SplittableRandom random;
    private final Surveys surveys;

    ContactCentre(CustomerLife life) {
        this.life = life;
        this.random = life.random;
        this.surveys = new Surveys(life);
    }

    /** Routine contacts in a month, when nothing in particular went wrong. */
    void month(long from, long to) {
        int inbound = Draw.poisson(random, life.customer.habit.routineContactsPerMonth);
        for (int i = 0; i < inbound; i++) {
            inbound(Times.someday(random, from, to, 8, 20), Draw.pick(random, Reason.routine()), 1.0);
        }
        if (Draw.chance(random, 0.03)) {
            outbound(Times.someday(random, from, to, 9, 18), Reason.RENEWAL_OFFER);
        }
    }

    void inbound(long time, Reason reason, double queueFactor) {
        inbound(time, reason.label, reason.service, queueFactor);
    }

    /**
     * The customer gets in touch, and keeps getting in touch until resolved or giving up.
     *
     * @param queueFactor how much longer than usual the queue is (an outage fills it)
     */
    void inbound(long time, String reason, String service, double queueFactor) {
        String channel = life.customer.habit.contactChannel(random);
        long at = Times.whenOpen(random, time);
        int unresolved = 0;
        for (int attempt = 0; attempt < MOST_ATTEMPTS; attempt++) {
            if (!"email".equals(channel) && Draw.chance(random, life.rates.abandonedContact())) {
                abandoned(at, channel, reason, service, queueFactor);
                if (!Draw.chance(random, 0.6)) {
                    break;
                }
                at = Times.whenOpen(random, at + Draw.between(random, 20 * Times.MINUTE, 6 * Times.HOUR));
                continue;
            }
            boolean resolved = Draw.chance(random, life.rates.firstContactResolution());
            answered(at, channel, "in", reason, service, queueFactor, resolved);
            if (resolved) {
                break;
            }
            unresolved++;
            life.trouble(at, reason, service);
            if (!Draw.chance(random, 0.75)) {
                break;
            }
            at = Times.during(random, at + Draw.between(random, 1, 6) * Times.DAY, 8, 20);
            if (Draw.chance(random, 0.3)) {
                channel = life.customer.habit.contactChannel(random);
            }
        }
        if (unresolved >= 2 && Draw.chance(random, 0.2)) {
            complaint(at + Draw.between(random, Times.HOUR, 2 * Times.DAY), reason, service);
        }
    }

    /** The company gets in touch with the customer. */
    void outbound(long time, Reason reason) {
        String channel = Draw.chance(random, 0.75) ? "phone" : "email";
        answered(Times.whenOpen(random, time), channel, "out", reason.label, reason.service, 1.0,
                Draw.chance(random, 0.85));
    }

    void complaint(long time, String reason, String service) {
        life.timeline.add(EventType.COMPLAINT, time).channel(Draw.pick(random, COMPLAINT_CHANNELS)).service(service)
                .reason(reason).end();
    }

    private void abandoned(long at, String channel, String reason, String service, double queueFactor) {
        long wait = Math.round(1.6 * queueFactor * Waits.queue(random, channel));
        life.timeline.add(EventType.CONTACT, at).channel(channel).service(service).reason(reason)
                .attr("direction", "in").attr("wait_s", wait).attr("abandoned", true).end();
    }

    private void answered(long at, String channel, String direction, String reason, String service,
            double queueFactor, boolean resolved) {
        int transfers = Waits.transfers(random, resolved);
        Line line = life.timeline.add(EventType.CONTACT, at).channel(channel).service(service).reason(reason)
                .attr("direction", direction);
        if ("in".equals(direction)) {
            line.attr("wait_s", Math.round(queueFactor * Waits.queue(random, channel)));
        }
        line.attr("handle_s", Math.round(Waits.handling(random, channel, transfers))).attr("transfers", transfers)
                .attr("resolved", resolved).attr("abandoned", false).end();
        if (Draw.chance(random, life.rates.survey())) {
            surveys.after(at, reason, service, resolved);
        }
    }
}
