package dev.outward.demo;

/**
 * The rendered events of a run of consecutive customers (or of all outages), ready to be written.
 *
 * @param bytes the lines, UTF-8 (in fact ASCII); only the first {@code length} bytes are used
 * @param counts events per {@link EventType}, by ordinal
 */
record Batch(byte[] bytes, int length, long[] counts) {
    private static final int BYTES_PER_CUSTOMER = 24_000;

    static Batch ofCustomers(Scenario scenario, int from, int to) {
        Timeline timeline = new Timeline(scenario);
        Bytes out = new Bytes((to - from) * BYTES_PER_CUSTOMER);
        for (int index = from; index < to; index++) {
            new CustomerLife(scenario, index, timeline).live();
            timeline.flushTo(out);
        }
        return new Batch(out.array(), out.length(), timeline.counts());
    }

    static Batch ofOutages(Scenario scenario) {
        Timeline timeline = new Timeline(scenario);
        Bytes out = new Bytes(1 << 16);
        scenario.outages().writeTo(timeline);
        timeline.flushTo(out);
        return new Batch(out.array(), out.length(), timeline.counts());
    }
}
