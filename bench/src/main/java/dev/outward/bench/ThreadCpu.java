package dev.outward.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The server's CPU by thread kind (request threads, JIT, GC, applier, DuckDB's native workers...) from
 * /proc/PID/task, so a phase shows where the server's time went, kernel time included, which a Java profiler
 * does not see.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /** CPU ticks (user, system) per thread kind: the thread name without its trailing number. */
    static Map<String, long[]> now(long pid) {
        var ticks = new HashMap<String, long[]>();
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("[-#]?[0-9]+$", "").replaceAll("-[0-9]+-exec", "-exec").replaceAll("-[0-9]+-Poller", "-Poller");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long[] sum = ticks.computeIfAbsent(name, n -> new long[2]);
                    sum[0] += Long.parseLong(fields[11]);
                    sum[1] += Long.parseLong(fields[12]);
                } catch (IOException ended) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    /** The kinds that used at least 2% of a core between the snapshots, busiest first: "name user+sys%". */
    static String between(Map<String, long[]> before, Map<String, long[]> after, double seconds) {
        return after.entrySet().stream()
                .map(e -> {
                    long[] was = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - was[0], e.getValue()[1] - was[1]});
                })
                .filter(e -> e.getValue()[0] + e.getValue()[1] >= seconds * 2)
                .sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                .map(e -> "%s %.0f+%.0f%%".formatted(e.getKey(), e.getValue()[0] / seconds, e.getValue()[1] / seconds))
                .collect(Collectors.joining(", "));
    }
}
