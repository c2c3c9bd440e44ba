package dev.outward.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.outward.events.CustomerId;
import dev.outward.events.EventStore;
import dev.outward.inconvenience.Dashboards;
import dev.outward.inconvenience.Detection;
import dev.outward.inconvenience.DetectionMode;
import dev.outward.inconvenience.Explanation;
import dev.outward.inconvenience.Report;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.inconvenience.RuleCatalog;
import dev.outward.inconvenience.RuleId;
import dev.outward.services.ServiceId;
import dev.outward.store.Database;

/**
 * How fast the report pages and their API answer on a big store. Generates N events (default 10,000,000) with
 * DuckDB SQL as {@link DetectionBenchmark} does (250k customers, a year), plus product adds and removes, account
 * closures and profile tenures for the relationship pages, and runs full detection. Then:
 * <ol>
 *   <li>calls the engine methods each page's controller calls, under seven filter variants (all time, a month, a
 *       quarter, a channel, a service, a segment, a quarter with a channel and a service), and prints p50/p95 per
 *       page: server time without HTTP and rendering;</li>
 *   <li>with OUTWARD_JAR, starts the real server on the store in its own JVM, logs in and times every page and API
 *       route over loopback for the same variants ({@link PageRequests}).</li>
 * </ol>
 * The engine phase keeps nothing between calls. The server keeps figures per filter until the next detection run, so
 * over HTTP the first request of each filter (computed) and the requests after it (kept) are timed apart; the
 * server is warmed up on other filters first, and the first requests are timed again after each of two imports of
 * one event through the API, once the run each starts has dropped what the server kept: three per page and filter.
 * Usage: PageBenchmark [EVENTS] [WORK_DIR] [OUTWARD_JAR]; a WORK_DIR that is a store left by an earlier run (its
 * pages-… folder) is reused as it is, with detection run again.
 */
public final class PageBenchmark {

    static final LocalDateTime YEAR = LocalDateTime.parse("2025-01-01T00:00:00");
    static final long YEAR_SECONDS = 365L * 86_400;
    static final int ROUNDS = 5;
    static final String CUSTOMER = "C12345";
    static final int TIMELINE_PAGE = 50;

    /** The filter variants, as the engine's filter and as the pages' query string. */
    record Variant(String name, ReportFilter filter, String query) {
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("all time", ReportFilter.allTime(), ""),
            new Variant("June", ReportFilter.between(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30")), "from=2025-06-01&to=2025-06-30"),
            new Variant("Q2", ReportFilter.between(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-30")), "from=2025-04-01&to=2025-06-30"),
            new Variant("channel", ReportFilter.allTime().channel("phone"), "channel=phone"),
            new Variant("service", ReportFilter.allTime().service(new ServiceId("billing")), "service=billing"),
            new Variant("segment", ReportFilter.allTime().segment("business"), "segment=business"),
            new Variant("Q2+channel+service", ReportFilter.between(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-30"))
                    .channel("chat").service(new ServiceId("crm")), "from=2025-04-01&to=2025-06-30&channel=chat&service=crm"));

    /** The same kinds of filter on other values, so that API calls are not answered from what the pages computed. */
    static final List<Variant> API_VARIANTS = List.of(
            new Variant("all time", ReportFilter.allTime().from(LocalDate.parse("2024-01-01")), "from=2024-01-01"),
            new Variant("June", ReportFilter.between(LocalDate.parse("2025-06-02"), LocalDate.parse("2025-06-30")), "from=2025-06-02&to=2025-06-30"),
            new Variant("Q2", ReportFilter.between(LocalDate.parse("2025-04-02"), LocalDate.parse("2025-06-30")), "from=2025-04-02&to=2025-06-30"),
            new Variant("channel", ReportFilter.allTime().channel("email"), "channel=email"),
            new Variant("service", ReportFilter.allTime().service(new ServiceId("payments")), "service=payments"),
            new Variant("segment", ReportFilter.allTime().segment("retail"), "segment=retail"),
            new Variant("Q2+channel+service", ReportFilter.between(LocalDate.parse("2025-04-02"), LocalDate.parse("2025-06-30"))
                    .channel("web").service(new ServiceId("logistics")), "from=2025-04-02&to=2025-06-30&channel=web&service=logistics"));

    /** Other filters of the same kinds, to warm the server up without putting the measured figures in its memory. */
    static final List<Variant> WARM_UP = List.of(
            new Variant("from", ReportFilter.allTime().from(LocalDate.parse("2025-01-02")), "from=2025-01-02"),
            new Variant("July", ReportFilter.between(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-07-31")), "from=2025-07-01&to=2025-07-31"),
            new Variant("channel", ReportFilter.allTime().channel("chat"), "channel=chat"),
            new Variant("service", ReportFilter.allTime().service(new ServiceId("crm")), "service=crm"),
            new Variant("segment", ReportFilter.allTime().segment("vip"), "segment=vip"),
            new Variant("Q3+channel+service", ReportFilter.between(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-09-30"))
                    .channel("email").service(new ServiceId("orders")), "from=2025-07-01&to=2025-09-30&channel=email&service=orders"));

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("outward-page-bench");
        // a WORK_DIR that is itself a store from an earlier run is reused: detection runs again, generation does not
        boolean reuse = Files.exists(work.resolve(Database.FILE));
        Path data = reuse ? work : work.resolve("pages-" + System.nanoTime());
        try (var database = Database.open(data)) {
            new EventStore(database);
            long start = System.nanoTime();
            if (!reuse) {
                generate(database, events);
            }
            System.out.printf("%s %,d events in %.1f s%n", reuse ? "reused" : "generated",
                    database.sql().queryLong("SELECT count(*) FROM events"), (System.nanoTime() - start) / 1e9);
            var catalog = RuleCatalog.load(database);
            start = System.nanoTime();
            var run = new Detection(database, catalog).run(DetectionMode.FULL);
            System.out.printf("full detection with summaries: %,d inconveniences in %.1f s%n", run.total(), (System.nanoTime() - start) / 1e9);
            database.execute("CHECKPOINT");
            engine(database, catalog);
        }
        if (args.length > 2) {
            new PageRequests(Path.of(args[2]), data).run();
        }
    }

    /** In slices of at most 10M rows, each a stretch of the year, so that the time-ordered insert sorts in memory. */
    private static void generate(Database database, long events) {
        int slices = (int) Math.max(1, (events + 9_999_999) / 10_000_000);
        for (int slice = 0; slice < slices; slice++) {
            SyntheticEvents.insert(database, events * slice / slices, events * (slice + 1) / slices - events * slice / slices,
                    YEAR.plusSeconds(YEAR_SECONDS * slice / slices), YEAR_SECONDS / slices);
        }
        SyntheticEvents.insertProfilesAndOutages(database, events, YEAR, YEAR_SECONDS);
        insertRelationships(database);
        // the events came by SQL, not through imports: counted afresh, as in a store from before the inventory
        database.execute("DROP TABLE inventory");
        new EventStore(database);
        database.execute("CHECKPOINT");
    }

    /** Each page's engine work, as its controller does it. */
    private static void engine(Database database, RuleCatalog catalog) {
        var report = new Report(database, catalog);
        var dashboards = new Dashboards(database, catalog);
        var explanation = new Explanation(database, catalog);
        var billing = new ServiceId("billing");
        var repeat = new RuleId("repeat-contact");
        Map<String, java.util.function.Consumer<ReportFilter>> pages = new LinkedHashMap<>();
        pages.put("overview", f -> {
            // as the server does: the report once, for the tiles and for the services' shares when no service is chosen
            var figures = report.compute(f);
            dashboards.weeks(f);
            dashboards.services(f, f.service().isPresent() ? report.compute(f.service(null)) : figures);
        });
        pages.put("services", dashboards::services);
        pages.put("service page", f -> {
            var one = f.service(billing);
            dashboards.service(one, report.compute(one.service(null)));
            dashboards.weeks(one);
            dashboards.channels(one);
        });
        pages.put("inconvenience types", dashboards::rules);
        pages.put("rule page", f -> {
            dashboards.rules(f);
            dashboards.weeks(f);
            dashboards.occurrences(f, repeat, 100);
        });
        pages.put("contact centre", f -> {
            report.compute(f);
            dashboards.weeks(f);
        });
        pages.put("retention", dashboards::retention);
        pages.put("relationship depth", dashboards::depth);
        // the customer page's first page (its latest 50 events) and the page before it
        var customer = new CustomerId(CUSTOMER);
        var earlier = explanation.latest(customer, TIMELINE_PAGE, Optional.empty()).earlier();
        pages.put("customer timeline", f -> explanation.latest(customer, TIMELINE_PAGE, Optional.empty()));
        pages.put("customer timeline, the page before", f -> explanation.latest(customer, TIMELINE_PAGE, earlier));
        pages.put("report (API)", report::compute);
        var latencies = new Latencies("engine: server time per page, without HTTP and rendering");
        pages.forEach((page, work) -> VARIANTS.forEach(v -> work.accept(v.filter()))); // warm-up
        for (int round = 0; round < ROUNDS; round++) {
            for (var page : pages.entrySet()) {
                for (var variant : VARIANTS) {
                    long start = System.nanoTime();
                    page.getValue().accept(variant.filter());
                    latencies.add(page.getKey(), variant.name(), System.nanoTime() - start);
                }
            }
        }
        latencies.print();
    }

    /**
     * What SyntheticEvents leaves out: 1-3 products added per customer before the year and 5% removing one during
     * it, 3% closing their account, a business or vip segment for a third of the customers, and a customer-since
     * date on every profile.
     */
    static void insertRelationships(Database database) {
        int batch = (int) database.sql().queryLong("SELECT nextval('batch_seq')");
        database.execute("""
                INSERT INTO events (source, id, time, customer, type, action, product, batch)
                SELECT 'bench', 'pa' || i || '-' || n, TIMESTAMP '%1$s' - INTERVAL 2 DAY, 'C' || i, 'product', 'add',
                       ['fibre', 'mobile', 'tv'][n + 1], %2$d
                FROM range(%3$d) t(i), range(3) u(n) WHERE n <= hash(i, 21) %% 3
                UNION ALL
                SELECT 'bench', 'pr' || i, TIMESTAMP '%1$s' + to_seconds((hash(i, 22) %% %4$d)::BIGINT), 'C' || i, 'product',
                       'remove', 'fibre', %2$d FROM range(%3$d) t(i) WHERE hash(i, 23) %% 20 = 0
                UNION ALL
                SELECT 'bench', 'ac' || i, TIMESTAMP '%1$s' + to_seconds((hash(i, 24) %% %4$d)::BIGINT), 'C' || i, 'account',
                       'close', NULL, %2$d FROM range(%3$d) t(i) WHERE hash(i, 25) %% 33 = 0"""
                .formatted(YEAR, batch, SyntheticEvents.CUSTOMERS, YEAR_SECONDS));
        database.execute("""
                UPDATE events SET since = DATE '2010-01-01' + (hash(id) %% 5000)::INTEGER,
                  segment = CASE WHEN id LIKE 'p%%' AND hash(id, 26) %% 3 = 1 THEN 'business'
                                 WHEN id LIKE 'p%%' AND hash(id, 26) %% 3 = 2 THEN 'vip' ELSE segment END
                WHERE type = 'profile'""".formatted());
    }
}
