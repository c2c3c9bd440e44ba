package dev.outward.web;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.outward.inconvenience.Dashboards;
import dev.outward.inconvenience.DetectionCompleted;
import dev.outward.inconvenience.Detections;
import dev.outward.inconvenience.Explanation;
import dev.outward.inconvenience.Report;
import dev.outward.inconvenience.RuleCatalog;
import dev.outward.services.Services;
import dev.outward.store.Database;

/**
 * The engine's report and dashboards, for the rules of the last detection run: every number a page or the API shows
 * comes from here, so it is the number {@code outward report} gives for the same filter. Rebuilt when a run
 * completes, since a run may have loaded changed rules (and services.yaml may have changed with them).
 */
@Component
class Figures {

    /** The engine objects of one rule catalog, and the services.yaml read with it. */
    record Engine(RuleCatalog catalog, Report report, Dashboards dashboards, Explanation explanation, Services services) {
    }

    private final Database database;
    private final Detections detections;
    private final AtomicReference<Engine> engine = new AtomicReference<>();
    private volatile boolean detected;

    Figures(Database database, Detections detections) {
        this.database = database;
        this.detections = detections;
        this.detected = !detections.history(1).isEmpty();
        rebuild();
    }

    Report report() {
        return engine.get().report();
    }

    Dashboards dashboards() {
        return engine.get().dashboards();
    }

    Explanation explanation() {
        return engine.get().explanation();
    }

    RuleCatalog catalog() {
        return engine.get().catalog();
    }

    /** Names and owners of the services ({@code services.yaml}, read again after each detection run). */
    Services described() {
        return engine.get().services();
    }

    /** Whether detection has ever run on this store: until then pages say what to do instead of showing zeros. */
    boolean detected() {
        return detected;
    }

    /** Whether any event is stored (a cheap count: DuckDB keeps it in the table's metadata). */
    boolean anyEvents() {
        return database.sql().queryLong("SELECT count(*) FROM events") > 0;
    }

    @EventListener
    void completed(DetectionCompleted run) {
        detected = true;
        rebuild();
    }

    private void rebuild() {
        var catalog = detections.catalog();
        engine.set(new Engine(catalog, new Report(database, catalog), new Dashboards(database, catalog),
                new Explanation(database, catalog), services()));
    }

    /** A broken services.yaml must not hide the figures: services then appear by their ids, and the log says why. */
    private Services services() {
        try {
            return Services.load(database.dataDir());
        } catch (IllegalArgumentException e) {
            org.slf4j.LoggerFactory.getLogger(Figures.class).warn("Services appear by their ids: {}", e.getMessage());
            return Services.none();
        }
    }
}
