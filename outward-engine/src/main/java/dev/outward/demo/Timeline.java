package dev.outward.demo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One customer's events, buffered so they can be written in time order although the simulation creates them out of
 * order (a failed payment's retry is decided before next week's web visit). Reused customer after customer.
 *
 * <p>Each event is sorted by a single long: its second in the period, shifted left, plus its position in the buffer,
 * so that sorting is a primitive sort and ties keep the order they were created in.
 */
final class Timeline {
    private static final int POSITION_BITS = 24;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    private final long start;
    private final long end;
    private final StringBuilder scratch = new StringBuilder(1 << 15);
    private final Timestamps timestamps;
    private final Line line;
    private final long[] counts = new long[EventType.COUNT];
    private long[] keys = new long[256];
    private int[] offsets = new int[257];
    private int count;
    private int sequence;
    private String customer;
    private String customerJson;
    private long latest;
    private long pendingTime;
    private EventType pendingType;
    private int mark;

    Timeline(Scenario scenario) {
        this.start = scenario.period().start();
        this.end = scenario.period().end();
        this.timestamps = scenario.timestamps();
        this.line = new Line(this, scratch, timestamps);
    }

    /** Starts the next customer's events; {@code null} for company-wide events (outages), which have no customer. */
    void begin(String customerId) {
        customer = customerId == null ? null : escaped(customerId);
        customerJson = customer == null ? null : '"' + customer + '"';
        sequence = 0;
        count = 0;
        latest = start;
        scratch.setLength(0);
    }

    Line add(EventType type, long time) {
        mark = scratch.length();
        pendingTime = time;
        pendingType = type;
        scratch.append("{\"id\":\"").append(type.wire()).append('-');
        if (customer != null) {
            scratch.append(customer).append('-');
        }
        scratch.append(++sequence).append("\",\"time\":\"");
        timestamps.append(scratch, time);
        scratch.append('"');
        if (customerJson != null) {
            scratch.append(",\"customer\":").append(customerJson);
        }
        scratch.append(",\"type\":\"").append(type.wire()).append('"');
        return line.open();
    }

    /** Called by {@link Line#end()}: keeps the line, or drops it when it falls outside the period. */
    void commit() {
        if (pendingTime < start || pendingTime >= end) {
            scratch.setLength(mark);
            sequence--;
            return;
        }
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2 + 1);
        }
        keys[count] = ((pendingTime - start) << POSITION_BITS) | count;
        offsets[count++] = mark;
        counts[pendingType.ordinal()]++;
        latest = Math.max(latest, pendingTime);
    }

    /** The time of the customer's latest event so far. */
    long latest() {
        return latest;
    }

    /** Appends the customer's events, in time order, to the batch. */
    void flushTo(Bytes out) {
        if (count == 0) {
            return;
        }
        offsets[count] = scratch.length();
        byte[] ascii = scratch.toString().getBytes(StandardCharsets.ISO_8859_1);
        Arrays.sort(keys, 0, count);
        for (int i = 0; i < count; i++) {
            int position = (int) (keys[i] & POSITION_MASK);
            out.append(ascii, offsets[position], offsets[position + 1] - offsets[position]);
        }
    }

    long[] counts() {
        return counts;
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        Json.escape(out, value);
        return out.toString();
    }
}
