package dev.outward.bench;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
 * posting /v1/batch with 100 tracks each over keep-alive connections ({@link BatchSender}). Phase 1 sends as fast
 * as the server answers and prints events/s; phase 2 sends at half that rate and prints p50/p95/p99 per batch. Each
 * phase also prints the CPU the server and the load generator used per event, which stays comparable when other
 * work shares the machine. At the end the server is stopped and its store checked: every acknowledged event is
 * there exactly once. Usage: CollectBenchmark OUTWARD_JAR [SECONDS] [SENDERS] [RATE] (RATE: events/s of phase 2
 * instead of half the maximum); OUTWARD_BENCH_JFR=file records the
 * server with Flight Recorder, OUTWARD_BENCH_JAVA_OPTS adds options to its JVM.
 */
public final class CollectBenchmark {

    private static final int BATCH = BatchSender.BATCH;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int senders = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        double fixedRate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        Path data = Files.createTempDirectory("outward-collect-bench");
        String key = createKey(jar, data);
        int port = freePort();
        var command = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-Xmx4g"));
        if (System.getenv("OUTWARD_BENCH_JFR") != null) {
            command.add("-XX:StartFlightRecording=filename=" + System.getenv("OUTWARD_BENCH_JFR") + ",settings=profile");
        }
        if (System.getenv("OUTWARD_BENCH_JAVA_OPTS") != null) {
            command.addAll(List.of(System.getenv("OUTWARD_BENCH_JAVA_OPTS").trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--data", data.toString(), "serve", "--port", String.valueOf(port)));
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        var acknowledged = new java.util.TreeMap<Integer, java.util.Set<Long>>();
        try {
            var address = new InetSocketAddress("127.0.0.1", port);
            Health.await("http://127.0.0.1:" + port);
            var warmUp = new Load(0, address, key, senders, 0, server.pid());
            warmUp.run(10); // until the JIT has compiled the hot paths: sustained rate is the question
            var full = new Load(1, address, key, senders, 0, server.pid());
            full.run(seconds);
            full.print("max rate");
            double rate = fixedRate > 0 ? fixedRate : full.eventsPerSecond() / 2;
            var measured = new Load(2, address, key, senders, rate, server.pid());
            measured.run(seconds);
            measured.print("%s (%,.0f events/s)".formatted(fixedRate > 0 ? "fixed rate" : "half rate", rate));
            System.out.printf("server RSS after load: %,d MB%n", rssMegabytes(server.pid()));
            for (var load : List.of(warmUp, full, measured)) {
                acknowledged.put(load.phase, load.acknowledged);
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
        StoredOnce.verify(data, "bench", acknowledged);
    }

    /** Senders posting batches; with a target rate, each waits for its turn. */
    private static final class Load {
        private final int phase;
        private final InetSocketAddress address;
        private final String authorization;
        private final int senders;
        private final double targetEventsPerSecond;
        private final long serverPid;
        private final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        private final java.util.Set<Long> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final AtomicLong events = new AtomicLong();
        private final AtomicLong refused = new AtomicLong();
        private final AtomicLong counter = new AtomicLong();
        private double elapsed;
        private CpuUse cpu;
        private String serverThreads;

        Load(int phase, InetSocketAddress address, String key, int senders, double targetEventsPerSecond, long serverPid) {
            this.phase = phase;
            this.address = address;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
            this.senders = senders;
            this.targetEventsPerSecond = targetEventsPerSecond;
            this.serverPid = serverPid;
        }

        void run(int seconds) throws Exception {
            var before = CpuUse.now(serverPid);
            var threadsBefore = ThreadCpu.now(serverPid);
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
            cpu = CpuUse.now(serverPid).minus(before);
            serverThreads = ThreadCpu.between(threadsBefore, ThreadCpu.now(serverPid), elapsed);
        }

        private void send(long start, long end) {
            try (var sender = new BatchSender(address, authorization)) {
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
                    long sent = System.nanoTime();
                    try {
                        int status = sender.post(phase, n);
                        latenciesMicros.add((System.nanoTime() - sent) / 1000);
                        if (status == 200) {
                            acknowledged.add(n);
                            events.addAndGet(BATCH);
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (Exception e) {
                        refused.incrementAndGet();
                    }
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
            System.out.printf("%-32s server %.1f µs/event, load generator %.1f µs/event, machine busy %.0f%% (%.0f%% by others)%n",
                    "", cpu.serverSeconds() * 1e6 / Math.max(1, events.get()), cpu.clientSeconds() * 1e6 / Math.max(1, events.get()),
                    100 * cpu.machineBusy(), 100 * cpu.othersBusy(elapsed));
            System.out.printf("%-32s server threads (%% of a core, user+system): %s%n", "", serverThreads);
        }

        private static double pct(List<Long> sorted, double p) {
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size()))) / 1000.0;
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
