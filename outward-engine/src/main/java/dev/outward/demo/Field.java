package dev.outward.demo;

import java.util.SplittableRandom;

/** Engineers' visits to the customer's home: installations, meter work, repairs, boiler services. */
final class Field {
    private static final int MOST_REBOOKINGS = 3;

    private final CustomerLife life;
    private final Customer customer;
    private final SplittableRandom random;

    Field(CustomerLife life) {
        this.life = life;
        this.customer = life.customer;
        this.random = life.random;
    }

    void month(long from, long to) {
        if (customer.holds(Product.ELECTRICITY) && Draw.chance(random, 0.012)) {
            book(Times.someday(random, from, to, 0, 1), Draw.chance(random, 0.7) ? "smart meter install" : "meter exchange");
        }
        if (customer.holds(Product.BOILER_COVER) && Draw.chance(random, 1.0 / 12)) {
            book(Times.someday(random, from, to, 0, 1), "boiler service");
        }
        if (customer.holds(Product.BROADBAND) && Draw.chance(random, 0.006)) {
            book(Times.someday(random, from, to, 0, 1), "repair");
        }
    }

    /** Books a visit on the day of {@code day}, and rebooks it as often as it takes. */
    void book(long day, String work) {
        book(day, work, 0);
    }

    private void book(long day, String work, int rebookings) {
        long slot = Times.dayStart(day) + (8 + 2 * random.nextInt(5)) * Times.HOUR;
        if (Draw.chance(random, 0.2)) {
            life.contacts.outbound(slot - Times.DAY, Reason.APPOINTMENT_CONFIRMATION);
        }
        double u = random.nextDouble();
        double missed = life.rates.missedAppointment();
        String status = u < missed ? "missed" : u < missed + 0.08 ? "rescheduled" : "kept";
        String by = Draw.chance(random, "missed".equals(status) ? 0.75 : 0.5) ? "company" : "customer";
        Line line = life.timeline.add(EventType.APPOINTMENT, slot).channel("field").service("field-scheduling")
                .reason(work).attr("status", status);
        if (!"kept".equals(status)) {
            line.attr("by", by);
        }
        line.end();
        if ("kept".equals(status) || rebookings >= MOST_REBOOKINGS) {
            return;
        }
        if ("company".equals(by)) {
            Reason reason = "missed".equals(status) ? Reason.MISSED_APPOINTMENT : Reason.APPOINTMENT_CHANGE;
            life.trouble(slot, reason.label, reason.service);
            if (Draw.chance(random, "missed".equals(status) ? 0.6 : 0.3)) {
                life.contacts.inbound(slot + Draw.between(random, Times.HOUR, 6 * Times.HOUR), reason, 1.0);
            }
        }
        book(slot + Draw.between(random, 2, 11) * Times.DAY, work, rebookings + 1);
    }
}
