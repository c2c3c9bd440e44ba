package dev.outward.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.outward.events.CustomerId;
import dev.outward.inconvenience.Dashboards;
import dev.outward.inconvenience.DepthFigures;
import dev.outward.inconvenience.DetectionCompleted;
import dev.outward.inconvenience.Detections;
import dev.outward.inconvenience.Dimensions;
import dev.outward.inconvenience.Explanation;
import dev.outward.inconvenience.Inconvenience;
import dev.outward.inconvenience.Report;
import dev.outward.inconvenience.ReportFigures;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.inconvenience.RetentionFigures;
import dev.outward.inconvenience.RuleCatalog;
import dev.outward.inconvenience.RuleFigures;
import dev.outward.inconvenience.RuleId;
import dev.outward.inconvenience.ServiceDetail;
import dev.outward.inconvenience.ServiceFigures;
import dev.outward.inconvenience.Timeline;
import dev.outward.inconvenience.WeekFigures;
import dev.outward.services.Services;
import dev.outward.store.Database;

/**
 * The engine's report and dashboards, for the rules of the last detection run: every number a page or the API shows
 * comes from here, so it is the number {@code outward report} gives for the same filter.
 * <p>
 * The figures change only when a detection run commits, so they are kept per filter until the next
 * {@link DetectionCompleted}: a page viewed again, or its CSV, costs nothing. Each is computed in one read transaction,
 * so that its statements see one run's tables even when a run commits meanwhile; a result computed while a run
 * completed is not kept (the generation moved on). Timelines read the events themselves, which imports change at once, so
 * they are never kept.
 */
@Component
class Figures {

    static final int MOST_KEPT = 500;

    /** The engine objects of one rule catalog, and the services.yaml read with it. */
    record Engine(RuleCatalog catalog, Report report, Dashboards dashboards, Explanation explanation, Services services) {
    }

    private record Key(String what, ReportFilter filter, Object detail) {
    }

    private final Database database;
    private final Detections detections;
    private final AtomicReference<Engine> engine = new AtomicReference<>();
    private final Map<Key, Object> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean detected;

    Figures(Database database, Detections detections) {
        this.database = database;
        this.detections = detections;
        this.detected = !detections.history(1).isEmpty();
        rebuild();
    }

    ReportFigures report(ReportFilter filter) {
        return kept("report", filter, null, () -> engine.get().report().compute(filter));
    }

    List<WeekFigures> weeks(ReportFilter filter) {
        return kept("weeks", filter, null, () -> dashboards().weeks(filter));
    }

    List<ServiceFigures> services(ReportFilter filter) {
        return kept("services", filter, null, () -> dashboards().services(filter, report(filter.service(null))));
    }

    /** One service (the filter names it) and the rules behind it, their customers counted together. */
    ServiceDetail service(ReportFilter filter) {
        return kept("service", filter, null, () -> dashboards().service(filter, report(filter.service(null))));
    }

    List<RuleFigures> rules(ReportFilter filter) {
        return kept("rules", filter, null, () -> dashboards().rules(filter));
    }

    Map<String, Long> channels(ReportFilter filter) {
        return kept("channels", filter, null, () -> dashboards().channels(filter));
    }

    List<RetentionFigures> retention(ReportFilter filter) {
        return kept("retention", filter, null, () -> dashboards().retention(filter));
    }

    List<DepthFigures> depth(ReportFilter filter) {
        return kept("depth", filter, null, () -> dashboards().depth(filter));
    }

    List<Inconvenience> occurrences(ReportFilter filter, RuleId rule, int limit) {
        return kept("occurrences", filter, rule.value() + "/" + limit, () -> dashboards().occurrences(filter, rule, limit));
    }

    Dimensions dimensions() {
        return kept("dimensions", ReportFilter.allTime(), null, () -> dashboards().dimensions());
    }

    /** A page of the customer's timeline: the latest {@code limit} events before {@code before}, or of all. */
    Timeline timeline(CustomerId customer, int limit, Optional<Instant> before) {
        return engine.get().explanation().latest(customer, limit, before);
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
        generation.incrementAndGet();
        kept.clear();
    }

    private Dashboards dashboards() {
        return engine.get().dashboards();
    }

    @SuppressWarnings("unchecked")
    private <T> T kept(String what, ReportFilter filter, Object detail, Supplier<T> compute) {
        var key = new Key(what, filter, detail);
        var known = kept.get(key);
        if (known != null) {
            return (T) known;
        }
        long before = generation.get();
        T value = database.consistently(compute);
        if (generation.get() == before) {
            if (kept.size() >= MOST_KEPT) {
                kept.clear();
            }
            kept.put(key, value);
        }
        return value;
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
