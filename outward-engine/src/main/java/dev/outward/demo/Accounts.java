package dev.outward.demo;

import java.util.SplittableRandom;

/** Opening, moving home and closing: the account events and the profile the customer is known by. */
final class Accounts {
    private final CustomerLife life;
    private final Customer customer;
    private final SplittableRandom random;

    Accounts(CustomerLife life) {
        this.life = life;
        this.customer = life.customer;
        this.random = life.random;
    }

    /** A new customer joins; an existing one shows up with the profile they already had. */
    void start() {
        if (!customer.isNew) {
            profile(life.period.start() + random.nextLong(6 * Times.HOUR), null, customer.joined);
            return;
        }
        long at = customer.joined;
        String channel = customer.habit.salesChannel(random);
        life.timeline.add(EventType.ACCOUNT, at).channel(channel).service("crm").reason("new customer")
                .attr("action", "open").end();
        profile(at + 1, channel, at);
        for (Product product : Product.values()) {
            if (product.heldIn(customer.bundle)) {
                if (!product.shipped) {
                    life.orders.add(at + 2, product, channel);
                } else {
                    life.orders.order(at + 3 * Times.MINUTE, product, channel);
                }
            }
        }
        if (Draw.chance(random, 0.3)) {
            life.contacts.outbound(at + Draw.between(random, 2 * Times.DAY, 5 * Times.DAY), Reason.WELCOME);
        }
    }

    /** Perhaps moves home this month; returns whether the customer left the company on moving. */
    boolean maybeMove(long from, long to) {
        if (customer.hasMoved() || !Draw.chance(random, life.rates.monthlyMove())) {
            return false;
        }
        long at = Times.someday(random, from, to, 8, 21);
        if (customer.habit == Habit.OFFLINE || !life.digital.visit(at, Journey.MOVE_HOME, customer.habit.visitChannel(random))) {
            life.contacts.inbound(at + Times.HOUR, Reason.MOVE_HOME, 1.0);
        }
        if (Draw.chance(random, 0.15)) {
            close(at + Draw.between(random, Times.DAY, 14 * Times.DAY), "moving home");
            return true;
        }
        int area = (customer.area() + 1 + random.nextInt(Areas.count() - 1)) % Areas.count();
        long movedIn = at + Draw.between(random, 3, 21) * Times.DAY;
        customer.moveTo(area, movedIn);
        profile(movedIn, customer.habit.salesChannel(random), movedIn);
        if (customer.holds(Product.BROADBAND) && Draw.chance(random, 0.6)) {
            life.field.book(movedIn + Draw.between(random, 1, 10) * Times.DAY, "broadband installation");
        }
        return false;
    }

    /** Closes the account after everything else that has happened to the customer, giving up every product. */
    void close(long wanted, String reason) {
        long at = Math.max(wanted, life.timeline.latest() + Times.HOUR);
        String channel = customer.habit.salesChannel(random);
        if (Draw.chance(random, 0.4)) {
            life.contacts.inbound(at - 20 * Times.MINUTE, Reason.CLOSE_ACCOUNT, 1.0);
            at = Math.max(at, life.timeline.latest() + Times.MINUTE);
        }
        for (Product product : Product.values()) {
            if (customer.holds(product)) {
                life.orders.remove(at, product, channel);
            }
        }
        life.timeline.add(EventType.ACCOUNT, at + 1).channel(channel).service("crm").reason(reason)
                .attr("action", "close").end();
        customer.close();
    }

    private void profile(long at, String channel, long since) {
        life.timeline.add(EventType.PROFILE, at).channel(channel).service("crm")
                .attr("area", Areas.name(customer.area())).attr("segment", customer.segment.wire)
                .date("since", since).end();
    }
}
