package dev.outward.bench;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The report pages and API routes over loopback: the real server (outward.jar) on the benchmark's store in its own
 * JVM, a browser session for the pages (form login with its CSRF token) and a personal API token for the API, as
 * scripts use it (HTTP Basic would add a BCrypt check, tens of milliseconds by design, to every call). A request's
 * time is from sending to the last byte of the answer: server time, rendering included, plus loopback.
 */
final class PageRequests {

    private static final String PASSWORD = "page-benchmark-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("id=\"new-token\">([^<]+)<");
    private static final Pattern RUN = Pattern.compile("\"run\":(\\d+)");
    /** First views of every page and filter: after the start, then after each of the imports that follow. */
    static final int FIRST_VIEWS = 3;

    private final Path jar;
    private final Path data;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final HttpClient script = HttpClient.newHttpClient();

    PageRequests(Path jar, Path data) {
        this.jar = jar;
        this.data = data;
    }

    void run() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx4g", "-jar", jar.toString(), "--data", data.toString(), "serve",
                "--port", String.valueOf(port)).redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        command.environment().put("OUTWARD_ADMIN_PASSWORD", PASSWORD);
        long start = System.nanoTime();
        Process server = command.start();
        try {
            String base = "http://127.0.0.1:" + port;
            Health.await(base);
            System.out.printf("%nserver up in %.1f s%n", (System.nanoTime() - start) / 1e9);
            logIn(base);
            time(base, "Bearer " + issueToken(base));
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private void time(String base, String authorization) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "overview");
        pages.put("/services", "services");
        pages.put("/services/billing", "service page");
        pages.put("/inconvenience-types", "inconvenience types");
        pages.put("/inconvenience-types/repeat-contact", "rule page");
        pages.put("/contact-centre", "contact centre");
        pages.put("/retention", "retention");
        pages.put("/relationship-depth", "relationship depth");
        pages.put("/customer?id=" + PageBenchmark.CUSTOMER, "customer timeline");
        Map<String, String> api = new LinkedHashMap<>();
        for (String route : new String[] {"report", "weeks", "services", "services/billing", "rules", "rules/repeat-contact/occurrences",
                "retention", "relationship-depth", "customers/" + PageBenchmark.CUSTOMER + "/timeline"}) {
            api.put("/api/v1/" + route, route);
        }
        var pagesCold = new Latencies("pages over HTTP, first views of each filter (figures computed; at the start and after "
                + (FIRST_VIEWS - 1) + " imports of one event, each detected): rendered HTML, session login");
        var pagesWarm = new Latencies("pages over HTTP, views again (figures kept until the next detection run)");
        var apiCold = new Latencies("API over HTTP, first calls of each filter (figures computed, as for the pages): JSON, personal API token");
        var apiWarm = new Latencies("API over HTTP, calls again (figures kept until the next detection run)");
        var unfiltered = new Latencies("pages and API calls without filters (the admin's, a customer's events), each time read afresh");
        for (var variant : PageBenchmark.WARM_UP) { // JIT and connection warm-up on filters not measured below
            for (var page : pages.keySet()) {
                get(browser, base + withQuery(page, variant.query()), null);
            }
            for (var route : api.keySet()) {
                get(script, base + withQuery(route, variant.query()), authorization);
            }
        }
        for (int round = 0; round < PageBenchmark.ROUNDS; round++) {
            views(base, authorization, pages, api, round == 0 ? pagesCold : pagesWarm, round == 0 ? apiCold : apiWarm);
            unfilteredViews(base, authorization, unfiltered);
        }
        // the figures are computed again after every detection run: more first views, each after an import
        for (int arrival = 1; arrival < FIRST_VIEWS; arrival++) {
            newEventDetected(base, authorization, arrival);
            views(base, authorization, pages, api, pagesCold, apiCold);
            unfilteredViews(base, authorization, unfiltered);
        }
        pagesCold.print();
        pagesWarm.print();
        apiCold.print();
        apiWarm.print();
        unfiltered.print();
    }

    /** Every page and every API route once under each filter variant. */
    private void views(String base, String authorization, Map<String, String> pages, Map<String, String> api,
                       Latencies pageTimes, Latencies apiTimes) throws Exception {
        for (int v = 0; v < PageBenchmark.VARIANTS.size(); v++) {
            var variant = PageBenchmark.VARIANTS.get(v);
            for (var page : pages.entrySet()) {
                pageTimes.add(page.getValue(), variant.name(), get(browser, base + withQuery(page.getKey(), variant.query()), null));
            }
            var apiVariant = PageBenchmark.API_VARIANTS.get(v);
            for (var route : api.entrySet()) {
                apiTimes.add(route.getValue(), apiVariant.name(), get(script, base + withQuery(route.getKey(), apiVariant.query()), authorization));
            }
        }
    }

    /** The pages and API routes that take no filter: the data page and the admin's, stored events, imports, runs. */
    private void unfilteredViews(String base, String authorization, Latencies times) throws Exception {
        for (String page : new String[] {"/data", "/admin/sources", "/admin/users", "/tokens"}) {
            times.add(page, "once", get(browser, base + page, null));
        }
        for (String route : new String[] {"stats", "imports", "quarantine", "detection/runs", "customers/" + PageBenchmark.CUSTOMER + "/events"}) {
            times.add("/api/v1/" + route, "once", get(script, base + "/api/v1/" + route, authorization));
        }
    }

    /**
     * Imports one new contact through the API, as a data team's feed would, and waits for the detection run it starts:
     * its completion clears the figures the server kept, so the next views compute them again.
     */
    private void newEventDetected(String base, String authorization, int arrival) throws Exception {
        int before = latestRun(base, authorization);
        // an id of its own in every benchmark: a reused store would skip a repeated one, and nothing would run
        String event = "{\"id\":\"arrival-%d-%d\",\"time\":\"2025-12-30T12:00:00Z\",\"customer\":\"%s\",\"type\":\"contact\",\"channel\":\"phone\"}\n"
                .formatted(System.currentTimeMillis(), arrival, PageBenchmark.CUSTOMER);
        var imported = script.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports?source=page-benchmark&file=arrival.ndjson"))
                .header("Authorization", authorization).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("import answered " + imported.statusCode() + ": " + imported.body());
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (latestRun(base, authorization) == before) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no detection run after the import within two minutes");
            }
            Thread.sleep(100);
        }
        // the run is in the log once committed; the server drops its figures right after, as it announces the run
        Thread.sleep(300);
    }

    private int latestRun(String base, String authorization) throws Exception {
        var runs = script.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/detection/runs?limit=1"))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString()).body();
        var run = RUN.matcher(runs);
        return run.find() ? Integer.parseInt(run.group(1)) : 0;
    }

    private static long get(HttpClient client, String url, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        long start = System.nanoTime();
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return nanos;
    }

    /**
     * Signs in on the way to My tokens: a sign-in from the login page itself would land on the overview and compute
     * its all-time figures before they are measured.
     */
    private void logIn(String base) throws Exception {
        post(base, "/tokens", "/login", "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
    }

    /** A token from the My tokens page, as a person would make one for a script. */
    private String issueToken(String base) throws Exception {
        var page = TOKEN.matcher(post(base, "/tokens", "/tokens", "label=page-benchmark"));
        if (!page.find()) {
            throw new IllegalStateException("no token issued");
        }
        return page.group(1);
    }

    /** Opens {@code page} (for a CSRF token), posts the form to {@code path}; returns the page after the redirect. */
    private String post(String base, String page, String path, String fields) throws Exception {
        var html = browser.send(HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(html);
        String form = "_csrf=" + (csrf.find() ? csrf.group(1) : "") + "&" + fields;
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String withQuery(String path, String query) {
        return query.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + query;
    }
}
