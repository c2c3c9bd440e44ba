package dev.outward.demo;

import java.util.SplittableRandom;

/**
 * Products bought and given up. Broadband, mobile and TV need something delivered, which can come late or not at
 * all; energy is switched over on a promised date.
 */
final class Orders {
    private final CustomerLife life;
    private final Customer customer;
    private final SplittableRandom random;
    private int placed;

    Orders(CustomerLife life) {
        this.life = life;
        this.customer = life.customer;
        this.random = life.random;
    }

    void month(long from, long to) {
        if (Draw.chance(random, 0.015)) {
            Product wanted = Draw.pick(random, Product.values());
            if (!customer.holds(wanted)) {
                order(Times.someday(random, from, to, 8, 22), wanted, customer.habit.salesChannel(random));
            }
        } else if (Draw.chance(random, 0.008) && Integer.bitCount(customer.products()) > 1) {
            Product unwanted = Draw.pick(random, Product.values());
            if (customer.holds(unwanted)) {
                remove(Times.someday(random, from, to, 8, 22), unwanted, customer.habit.salesChannel(random));
            }
        }
    }

    /** An order placed by the customer, with everything that follows from it. */
    void order(long at, Product product, String channel) {
        String reference = "ORD-" + customer.id + "-" + (++placed);
        long promised = Times.dayStart(at) + Draw.between(random, product.shipped ? 2 : 14, product.shipped ? 6 : 22)
                * Times.DAY + 18 * Times.HOUR;
        long value = product.monthlyCents * 12;
        orderEvent(at, reference, "placed", "customer", product, channel, promised, value);
        if (Draw.chance(random, 0.05)) {
            cancel(at, reference, product, channel, promised, value);
        } else if (product.shipped) {
            deliver(at, reference, product, channel, promised);
        } else {
            add(promised, product, channel);
        }
    }

    void add(long at, Product product, String channel) {
        customer.add(product);
        productEvent(at, "add", product, channel);
    }

    void remove(long at, Product product, String channel) {
        customer.remove(product);
        productEvent(at, "remove", product, channel);
    }

    private void cancel(long at, String reference, Product product, String channel, long promised, long value) {
        boolean byCompany = Draw.chance(random, 0.4);
        long when = at + Draw.between(random, Times.HOUR, 2 * Times.DAY);
        orderEvent(when, reference, "cancelled", byCompany ? "company" : "customer", product, channel, promised, value);
        if (byCompany) {
            life.trouble(when, Reason.ORDER_CANCELLED.label, Reason.ORDER_CANCELLED.service);
            if (Draw.chance(random, 0.5)) {
                life.contacts.inbound(when + Draw.between(random, Times.HOUR, Times.DAY), Reason.ORDER_CANCELLED, 1.0);
            }
        }
    }

    private void deliver(long at, String reference, Product product, String channel, long promised) {
        boolean late = Draw.chance(random, life.rates.lateDelivery());
        long delivered = late
                ? Times.during(random, promised + Draw.between(random, 1, 6) * Times.DAY, 8, 18)
                : Math.max(at + 4 * Times.HOUR, Times.during(random, promised - Draw.between(random, 0, 2) * Times.DAY, 8, 18));
        life.timeline.add(EventType.DELIVERY, delivered).channel("courier").service("logistics").reason(product.wire)
                .attr("order", reference).time("promised", promised).end();
        if (late) {
            life.trouble(promised, Reason.LATE_DELIVERY.label, Reason.LATE_DELIVERY.service);
            if (customer.habit != Habit.OFFLINE && Draw.chance(random, 0.4)) {
                life.digital.visit(promised + Draw.between(random, Times.HOUR, 16 * Times.HOUR), Journey.TRACK_ORDER,
                        customer.habit.visitChannel(random));
            }
            if (Draw.chance(random, 0.4)) {
                life.contacts.inbound(promised + Draw.between(random, 14 * Times.HOUR, 2 * Times.DAY), Reason.LATE_DELIVERY, 1.0);
            }
        }
        add(delivered, product, channel);
        if (product == Product.BROADBAND && Draw.chance(random, 0.6)) {
            life.field.book(delivered + Draw.between(random, 1, 6) * Times.DAY, "broadband installation");
        }
    }

    private void orderEvent(long at, String reference, String status, String by, Product product, String channel,
            long promised, long value) {
        life.timeline.add(EventType.ORDER, at).channel(channel).service("order-management").reason(product.wire)
                .attr("order", reference).attr("status", status).attr("by", by).time("promised", promised)
                .money("value", value).end();
    }

    private void productEvent(long at, String action, Product product, String channel) {
        life.timeline.add(EventType.PRODUCT, at).channel(channel).service("crm").reason(product.wire)
                .attr("action", action).attr("product", product.wire).money("value", product.monthlyCents).end();
    }
}
