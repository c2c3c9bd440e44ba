package dev.outward.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the whole history: outages first, then customers in index order, a batch at a time.
 *
 * <p>Batches are simulated on worker threads but written strictly in the order they were submitted, so the thread
 * count changes the speed and never the file. A few batches ahead are in flight at most, which bounds memory.
 */
final class Batches {
    private static final int CUSTOMERS_PER_BATCH = 200;
    private static final int MOST_THREADS = 4;

    private Batches() {
    }

    static Summary write(Scenario scenario, OutputStream out) throws IOException {
        long[] counts = new long[EventType.COUNT];
        long bytes = write(Batch.ofOutages(scenario), out, counts);
        int customers = scenario.settings().customers();
        int threads = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MOST_THREADS);
        ExecutorService workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().factory());
        try {
            Deque<Future<Batch>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < customers || !inFlight.isEmpty()) {
                while (next < customers && inFlight.size() < 2 * threads) {
                    int from = next;
                    int to = Math.min(customers, from + CUSTOMERS_PER_BATCH);
                    inFlight.add(workers.submit(() -> Batch.ofCustomers(scenario, from, to)));
                    next = to;
                }
                bytes += write(await(inFlight.removeFirst()), out, counts);
            }
        } finally {
            workers.shutdownNow();
        }
        return new Summary(byType(counts), bytes);
    }

    private static long write(Batch batch, OutputStream out, long[] counts) throws IOException {
        out.write(batch.bytes(), 0, batch.length());
        for (int i = 0; i < counts.length; i++) {
            counts[i] += batch.counts()[i];
        }
        return batch.length();
    }

    private static Batch await(Future<Batch> batch) throws IOException {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating demo events", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Map<String, Long> byType(long[] counts) {
        Map<String, Long> byType = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            byType.put(type.wire(), counts[type.ordinal()]);
        }
        return byType;
    }
}
