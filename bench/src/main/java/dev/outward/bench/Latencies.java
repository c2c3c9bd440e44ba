package dev.outward.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Timings per page (and per filter variant), printed as p50 / p95 / max in milliseconds. */
final class Latencies {

    private final String title;
    private final Map<String, List<Long>> byPage = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Long>>> byVariant = new LinkedHashMap<>();

    Latencies(String title) {
        this.title = title;
    }

    void add(String page, String variant, long nanos) {
        byPage.computeIfAbsent(page, p -> new ArrayList<>()).add(nanos);
        byVariant.computeIfAbsent(page, p -> new LinkedHashMap<>()).computeIfAbsent(variant, v -> new ArrayList<>()).add(nanos);
    }

    void print() {
        System.out.println();
        System.out.println(title);
        var variants = byVariant.values().stream().findFirst().map(Map::keySet).orElseThrow();
        System.out.printf("%-24s %8s %8s %8s   p50 per variant: %s%n", "page", "p50 ms", "p95 ms", "max ms", String.join(" | ", variants));
        var all = new ArrayList<Long>();
        byPage.forEach((page, samples) -> {
            all.addAll(samples);
            var perVariant = byVariant.get(page).values().stream().map(s -> "%.0f".formatted(percentile(s, 50))).toList();
            System.out.printf("%-24s %8.1f %8.1f %8.1f   %s%n", page, percentile(samples, 50), percentile(samples, 95),
                    percentile(samples, 100), String.join(" | ", perVariant));
        });
        System.out.printf("%-24s %8.1f %8.1f %8.1f%n", "all", percentile(all, 50), percentile(all, 95), percentile(all, 100));
    }

    /** Nearest-rank percentile in milliseconds. */
    static double percentile(List<Long> nanos, double p) {
        var sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.clamp(rank - 1, 0, sorted.size() - 1)) / 1e6;
    }
}
