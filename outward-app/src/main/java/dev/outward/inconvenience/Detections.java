package dev.outward.inconvenience;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import dev.outward.server.EventsImported;
import dev.outward.store.Database;

/**
 * Detection in the server: once at start, after every import through the server, and every
 * {@code outward.detection.every} when events arrived otherwise (the collection API). Runs take turns on one
 * thread, and a request while one is queued joins it, so a burst of imports costs one run, not many. Each run
 * reloads the rules (an edited {@code rules.yaml} takes effect, and its first run is full) and ends with
 * {@link DetectionCompleted}.
 */
@Service
public class Detections implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Detections.class);

    private final Database database;
    private final ApplicationEventPublisher publisher;
    private final DetectionSettings settings;
    private final AtomicReference<RuleCatalog> catalog;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("outward-detection").daemon().factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile Optional<RuntimeException> lastFailure = Optional.empty();

    Detections(Database database, ApplicationEventPublisher publisher, DetectionSettings settings) {
        this.database = database;
        this.publisher = publisher;
        this.settings = settings;
        this.catalog = new AtomicReference<>(RuleCatalog.load(database));
        Detection.prepare(database); // once: the run log's and the summaries' tables, which readers need
    }

    /** The rules of the last run (or of the start): what reports list and pages explain. */
    public RuleCatalog catalog() {
        return catalog.get();
    }

    /** Runs now on the caller's thread, after any run in progress. */
    public synchronized DetectionRun run(DetectionMode mode) {
        var rules = RuleCatalog.load(database);
        var run = new Detection(database, rules).run(mode);
        catalog.set(rules);
        LOG.info("Detection run {} ({}, {}): {} inconveniences stored, {} added and {} removed in {} ms", run.run(), run.mode(),
                run.why(), run.total(), run.added(), run.removed(), run.duration().toMillis());
        publisher.publishEvent(DetectionCompleted.of(run));
        return run;
    }

    /** Runs in the background unless a run is already waiting; returns at once. */
    public void request() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                runIfNeeded();
            });
        }
    }

    public List<DetectionRun> history(int limit) {
        return Detection.history(database, limit);
    }

    /** Why the last background run failed, until one succeeds. */
    public Optional<RuntimeException> lastFailure() {
        return lastFailure;
    }

    @EventListener
    void imported(EventsImported imported) {
        request();
    }

    @EventListener
    void ready(ApplicationReadyEvent ready) {
        request();
        if (!settings.every().isZero()) {
            long every = settings.every().toMillis();
            worker.scheduleWithFixedDelay(this::request, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs now, on the caller's thread, if events arrived or rules changed since the last run. */
    public synchronized Optional<DetectionRun> catchUp() {
        if (new Detection(database, RuleCatalog.load(database)).upToDate()) {
            return Optional.empty();
        }
        return Optional.of(run(DetectionMode.INCREMENTAL));
    }

    private void runIfNeeded() {
        try {
            catchUp();
            lastFailure = Optional.empty();
        } catch (RuntimeException e) {
            lastFailure = Optional.of(e);
            LOG.warn("Detection failed; it is tried again after the next import or in {}: {}", settings.every(), e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(1, TimeUnit.MINUTES);
    }
}
