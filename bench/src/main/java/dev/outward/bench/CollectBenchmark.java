package dev.outward.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the collection API over loopback: the real server (outward.jar) in its own JVM, durability on, senders
 * posting /v1/batch with 100 tracks each. Phase 1 sends as fast as the server answers and prints events/s; phase 2
 * sends at half that rate and prints p50/p95/p99 per batch. Usage: CollectBenchmark OUTWARD_JAR [SECONDS] [SENDERS]
 */
public final class CollectBenchmark {

    private static final int BATCH = 100;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int senders = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Path data = Files.createTempDirectory("outward-collect-bench");
        String key = createKey(jar, data);
        int port = freePort();
        var command = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-Xmx4g"));
        if (System.getenv("OUTWARD_BENCH_JFR") != null) {
            command.add("-XX:StartFlightRecording=filename=" + System.getenv("OUTWARD_BENCH_JFR") + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar.toString(), "--data", data.toString(), "serve", "--port", String.valueOf(port)));
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        try {
            var url = URI.create("http://127.0.0.1:" + port + "/v1/batch");
            awaitHealthy(port);
            new Load(url, key, senders, 0).run(3); // warm-up
            var full = new Load(url, key, senders, 0);
            full.run(seconds);
            full.print("max rate");
            double half = full.eventsPerSecond() / 2;
            var measured = new Load(url, key, senders, half);
            measured.run(seconds);
            measured.print("half rate (%,.0f events/s)".formatted(half));
            System.out.printf("server RSS after load: %,d MB%n", rssMegabytes(server.pid()));
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** Senders posting batches; with a target rate, each waits for its turn. */
    private static final class Load {
        private final URI url;
        private final String authorization;
        private final int senders;
        private final double targetEventsPerSecond;
        private final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        private final AtomicLong events = new AtomicLong();
        private final AtomicLong refused = new AtomicLong();
        private final AtomicLong counter = new AtomicLong();
        private double elapsed;

        Load(URI url, String key, int senders, double targetEventsPerSecond) {
            this.url = url;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
            this.senders = senders;
            this.targetEventsPerSecond = targetEventsPerSecond;
        }

        void run(int seconds) throws InterruptedException {
            long start = System.nanoTime();
            long end = start + Duration.ofSeconds(seconds).toNanos();
            var threads = new ArrayList<Thread>();
            for (int s = 0; s < senders; s++) {
                threads.add(Thread.ofPlatform().start(() -> send(start, end)));
            }
            for (var thread : threads) {
                thread.join();
            }
            elapsed = (System.nanoTime() - start) / 1e9;
        }

        private void send(long start, long end) {
            var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            while (System.nanoTime() < end) {
                long n = counter.getAndIncrement();
                if (targetEventsPerSecond > 0) {
                    long due = start + (long) (n * BATCH / targetEventsPerSecond * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() >= end) {
                        return;
                    }
                }
                var request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                        .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(batch(n))).build();
                long sent = System.nanoTime();
                try {
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    latenciesMicros.add((System.nanoTime() - sent) / 1000);
                    if (status == 200) {
                        events.addAndGet(BATCH);
                    } else {
                        refused.incrementAndGet();
                    }
                } catch (Exception e) {
                    refused.incrementAndGet();
                }
            }
        }

        double eventsPerSecond() {
            return events.get() / elapsed;
        }

        void print(String phase) {
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            sorted.sort(null);
            System.out.printf("%-32s %,10.0f events/s  batches %,d  non-200 %,d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n",
                    phase, eventsPerSecond(), sorted.size(), refused.get(), pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99));
        }

        private static double pct(List<Long> sorted, double p) {
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size()))) / 1000.0;
        }

        private static String batch(long n) {
            var json = new StringBuilder(BATCH * 160).append("{\"batch\":[");
            for (int i = 0; i < BATCH; i++) {
                if (i > 0) {
                    json.append(',');
                }
                json.append("{\"type\":\"track\",\"event\":\"contact\",\"userId\":\"C-").append((n * BATCH + i) % 50_000)
                        .append("\",\"messageId\":\"bench-").append(n).append('-').append(i)
                        .append("\",\"properties\":{\"channel\":\"phone\",\"service\":\"billing\",\"wait_s\":")
                        .append((n + i) % 600).append(",\"resolved\":true}}");
            }
            return json.append("]}").toString();
        }
    }

    private static String createKey(Path jar, Path data) throws Exception {
        var process = new ProcessBuilder(java(), "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "--data", data.toString(),
                "sources", "create", "bench").redirectErrorStream(true).start();
        var lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        process.waitFor();
        return lines.stream().filter(l -> l.startsWith("owk_")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no key in: " + lines));
    }

    private static void awaitHealthy(int port) throws Exception {
        var client = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
        for (int i = 0; i < 600; i++) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException starting) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("server did not start");
    }

    private static long rssMegabytes(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
