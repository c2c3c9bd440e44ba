package dev.outward.demo;

import java.util.SplittableRandom;

/** One account holder and what the simulation needs to remember about them. */
final class Customer {
    private static final long LONGEST_TENURE = 15 * 365 * Times.DAY;

    final String id;
    final Segment segment;
    final Habit habit;
    /** When the account was opened; inside the period for new customers. */
    final long joined;
    final boolean isNew;
    /** The products a new customer orders on joining; an existing customer already holds them. */
    final int bundle;
    final int billDay;
    final boolean directDebit;

    private int products;
    private int area;
    private int previousArea = -1;
    private long movedAt = Long.MAX_VALUE;
    private int problems;
    private boolean closed;

    private Customer(String id, Segment segment, Habit habit, long joined, boolean isNew, int bundle, int billDay,
            boolean directDebit, int area) {
        this.id = id;
        this.segment = segment;
        this.habit = habit;
        this.joined = joined;
        this.isNew = isNew;
        this.bundle = bundle;
        this.billDay = billDay;
        this.directDebit = directDebit;
        this.area = area;
        this.products = isNew ? 0 : bundle;
    }

    static Customer draw(int index, SplittableRandom random, Scenario scenario) {
        Period period = scenario.period();
        boolean isNew = Draw.chance(random, scenario.rates().newCustomers());
        long joined = isNew
                ? Times.someday(random, period.start(), period.end() - 7 * Times.DAY, 8, 21)
                : period.start() - Draw.between(random, 30 * Times.DAY, LONGEST_TENURE);
        return new Customer("A-" + (index + 1), Segment.draw(random), Habit.draw(random), joined, isNew,
                Product.bundle(random), 1 + random.nextInt(28), Draw.chance(random, 0.7),
                random.nextInt(Areas.count()));
    }

    int products() {
        return products;
    }

    boolean holds(Product product) {
        return product.heldIn(products);
    }

    void add(Product product) {
        products |= product.bit();
    }

    void remove(Product product) {
        products &= ~product.bit();
    }

    int area() {
        return area;
    }

    int previousArea() {
        return previousArea;
    }

    boolean hasMoved() {
        return previousArea >= 0;
    }

    int areaAt(long time) {
        return time < movedAt ? previousArea < 0 ? area : previousArea : area;
    }

    void moveTo(int newArea, long time) {
        previousArea = area;
        area = newArea;
        movedAt = time;
    }

    int problems() {
        return problems;
    }

    void problem() {
        problems++;
    }

    boolean isOpen() {
        return !closed;
    }

    void close() {
        closed = true;
    }
}
