package dev.outward.demo;

import java.util.SplittableRandom;

/**
 * One customer's time with the company, month by month: routines (bills, payments, visits), the trouble that comes
 * with them, and what the customer does about it, up to leaving.
 *
 * <p>Problems are counted: each one makes a complaint and leaving more likely, which is what makes unhappy customers
 * in the data look like unhappy customers.
 */
final class CustomerLife {
    private static final int MOST_COUNTED_PROBLEMS = 5;

    final Scenario scenario;
    final Rates rates;
    final Period period;
    final SplittableRandom random;
    final Customer customer;
    final Timeline timeline;
    final ContactCentre contacts;
    final Digital digital;
    final Field field;
    final Orders orders;
    private final Accounts accounts;
    private final Billing billing;

    CustomerLife(Scenario scenario, int index, Timeline timeline) {
        this.scenario = scenario;
        this.rates = scenario.rates();
        this.period = scenario.period();
        this.random = Draw.stream(scenario.settings().seed(), index);
        this.customer = Customer.draw(index, random, scenario);
        this.timeline = timeline;
        this.contacts = new ContactCentre(this);
        this.digital = new Digital(this);
        this.field = new Field(this);
        this.orders = new Orders(this);
        this.accounts = new Accounts(this);
        this.billing = new Billing(this);
    }

    void live() {
        timeline.begin(customer.id);
        accounts.start();
        for (int m = period.monthOf(customer.joined); m < period.months() && customer.isOpen(); m++) {
            long from = Math.max(period.monthStart(m), customer.joined + Times.HOUR);
            long to = period.monthEnd(m);
            if (from < to) {
                month(m, from, to);
            }
        }
    }

    private void month(int month, long from, long to) {
        if (accounts.maybeMove(from, to)) {
            return;
        }
        billing.month(month, from, to);
        digital.month(from, to);
        orders.month(from, to);
        field.month(from, to);
        contacts.month(from, to);
        outages(from, to);
        double churn = Math.min(0.3, rates.monthlyChurn() * (1 + 0.5 * customer.problems()));
        if (Draw.chance(random, churn)) {
            accounts.close(Draw.between(random, to - 10 * Times.DAY, to + 5 * Times.DAY),
                    customer.problems() >= 2 ? "service problems" : "switching supplier");
        }
    }

    /** Something went wrong for the customer: remember it, and perhaps it ends in a complaint. */
    void trouble(long time, String reason, String service) {
        customer.problem();
        int problems = Math.min(customer.problems(), MOST_COUNTED_PROBLEMS);
        if (Draw.chance(random, rates.complaintPerProblem() * problems)) {
            contacts.complaint(time + Draw.between(random, 2 * Times.HOUR, 3 * Times.DAY), reason, service);
        }
        if (customer.problems() == 3 && Draw.chance(random, 0.3)) {
            contacts.outbound(time + Draw.between(random, Times.DAY, 5 * Times.DAY), Reason.RETENTION);
        }
    }

    private void outages(long from, long to) {
        reactToOutages(customer.area(), from, to);
        if (customer.hasMoved()) {
            reactToOutages(customer.previousArea(), from, to);
        }
    }

    private void reactToOutages(int area, long from, long to) {
        for (Outages.Outage outage : scenario.outages().in(area)) {
            if (outage.start() >= from && outage.start() < to && customer.areaAt(outage.start()) == area
                    && affected(outage.service())) {
                react(outage);
            }
        }
    }

    private boolean affected(String service) {
        for (Product product : Product.values()) {
            if (customer.holds(product) && service.equals(product.outageService)) {
                return true;
            }
        }
        return false;
    }

    private void react(Outages.Outage outage) {
        if (outage.hours() >= 4) {
            customer.problem();
        }
        double callChance = Math.min(0.4, 0.1 + 0.03 * outage.hours());
        long noticed = outage.start() + Draw.between(random, 5 * Times.MINUTE, Math.min(outage.end() - outage.start(), 3 * Times.HOUR));
        if (customer.habit != Habit.OFFLINE && Draw.chance(random, 0.1)) {
            digital.visit(noticed, Journey.REPORT_FAULT, customer.habit.visitChannel(random));
        }
        if (Draw.chance(random, callChance)) {
            Reason reason = Reason.forOutage(outage.service());
            contacts.inbound(noticed, reason.label, outage.service(), 2.5);
        }
    }
}
