package dev.outward.demo;

import java.util.SplittableRandom;

/**
 * The monthly bill and its payment. Estimated and corrected bills and failed payments are the commonest trouble a
 * retailer causes, and each brings calls, reminders and retries.
 */
final class Billing {
    private static final int MOST_RETRIES = 2;

    private final CustomerLife life;
    private final Customer customer;
    private final SplittableRandom random;

    Billing(CustomerLife life) {
        this.life = life;
        this.customer = life.customer;
        this.random = life.random;
    }

    void month(int month, long from, long to) {
        long at = life.period.monthStart(month) + (customer.billDay - 1) * Times.DAY + 5 * Times.HOUR
                + random.nextLong(2 * Times.HOUR);
        // A new customer's first bill comes on the first bill day at least three weeks after joining.
        if (at < from || at >= to || at < customer.joined + 21 * Times.DAY || customer.products() == 0) {
            return;
        }
        double u = random.nextDouble();
        Rates rates = life.rates;
        String status = u < rates.estimatedBill() ? "estimated"
                : u < rates.estimatedBill() + rates.correctedBill() ? "corrected" : "issued";
        long cents = amount(month, "estimated".equals(status));
        life.timeline.add(EventType.BILL, at).channel(customer.habit.billChannel()).service("billing")
                .reason("monthly bill").attr("status", status).money("amount", cents).end();
        switch (status) {
            case "estimated" -> estimated(at);
            case "corrected" -> problem(at, Reason.BILL_CORRECTION, 0.2);
            default -> {
                if (Draw.chance(random, 0.03)) {
                    life.contacts.inbound(at + Draw.between(random, Times.DAY, 10 * Times.DAY), Reason.BILL_QUERY, 1.0);
                }
            }
        }
        pay(at, cents);
    }

    private long amount(int month, boolean estimated) {
        double total = 0;
        for (Product product : Product.values()) {
            if (customer.holds(product)) {
                total += product.monthlyCents * (product.isEnergy() ? life.period.winterFactor(month) : 1.0);
            }
        }
        double noise = estimated ? 0.7 + 0.7 * random.nextDouble() : 0.85 + 0.3 * random.nextDouble();
        return Math.round(total * customer.segment.billFactor * noise);
    }

    private void estimated(long at) {
        problem(at, Reason.ESTIMATED_BILL, 0.3);
        if (customer.habit != Habit.OFFLINE && Draw.chance(random, 0.35)) {
            long when = Times.during(random, at + Draw.between(random, 0, 4) * Times.DAY, 7, 23);
            life.digital.visit(when, Journey.SUBMIT_METER_READING, customer.habit.visitChannel(random));
        }
    }

    private void problem(long at, Reason reason, double callChance) {
        life.trouble(at, reason.label, reason.service);
        if (Draw.chance(random, callChance)) {
            life.contacts.inbound(at + Draw.between(random, Times.DAY, 6 * Times.DAY), reason, 1.0);
        }
    }

    private void pay(long billed, long cents) {
        String channel = "direct-debit";
        long at = Times.during(random, billed + 10 * Times.DAY, 2, 5);
        if (!customer.directDebit) {
            channel = customer.habit == Habit.OFFLINE ? "phone" : customer.habit.visitChannel(random);
            at = manualPayment(billed + Draw.between(random, 2, 15) * Times.DAY, channel);
            if (!"phone".equals(channel) && !life.digital.visit(at, Journey.PAY_BILL, channel)) {
                // The website let them down: they pay by phone the next day instead.
                channel = "phone";
                at = manualPayment(at + Times.DAY, channel);
            }
        }
        for (int attempt = 0; attempt <= MOST_RETRIES; attempt++) {
            boolean failed = Draw.chance(random, life.rates.failedPayment());
            life.timeline.add(EventType.PAYMENT, at).channel(channel).service("payments").reason("monthly bill")
                    .attr("status", failed ? "failed" : "ok").money("amount", cents).end();
            if (!failed) {
                return;
            }
            paymentFailed(at);
            at = customer.directDebit ? Times.during(random, at + 5 * Times.DAY, 2, 5) : manualPayment(at + 5 * Times.DAY, channel);
        }
    }

    /** A payment the customer makes themselves: by phone while the lines are open, online until late. */
    private long manualPayment(long day, String channel) {
        return "phone".equals(channel) ? Times.during(random, day, 8, 20) : Times.during(random, day, 7, 23);
    }

    private void paymentFailed(long at) {
        problem(at, Reason.PAYMENT_FAILED, 0.45);
        if (Draw.chance(random, 0.3)) {
            life.contacts.outbound(at + Draw.between(random, 2 * Times.DAY, 4 * Times.DAY), Reason.PAYMENT_REMINDER);
        }
    }
}
