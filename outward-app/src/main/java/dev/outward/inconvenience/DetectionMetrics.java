package dev.outward.inconvenience;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Prometheus figures of detection: how long runs take (a timer per mode), how many inconveniences are stored, and
 * how many new ones runs found. An incremental run rewrites what it recomputes, so "new" is what it added beyond
 * what it removed. The stored count starts from the last run in the run log: a server whose store is up to date
 * skips its start-up run, and the gauge must not read 0 until the next one. Both modes' timers exist from the start,
 * so that a dashboard or an alert on them sees 0 runs rather than no series.
 */
@Component
class DetectionMetrics {

    private final Counter detected;
    private final AtomicLong stored = new AtomicLong();
    private final Map<DetectionMode, Timer> durations = new EnumMap<>(DetectionMode.class);

    DetectionMetrics(MeterRegistry registry, Detections detections) {
        // Inconveniences change only in runs, so the last run's total is what the store holds now.
        detections.history(1).stream().findFirst().ifPresent(last -> stored.set(last.total()));
        this.detected = Counter.builder("outward.inconveniences.detected")
                .description("New inconveniences found by detection runs (added beyond those removed)").register(registry);
        Gauge.builder("outward.inconveniences", stored, AtomicLong::get).description("Inconveniences stored")
                .strongReference(true).register(registry);
        for (var mode : DetectionMode.values()) {
            durations.put(mode, Timer.builder("outward.detection.duration").description("Detection runs")
                    .tag("mode", mode.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    @EventListener
    void completed(DetectionCompleted run) {
        durations.get(run.mode()).record(Duration.ofMillis(run.durationMillis()));
        detected.increment(Math.max(0, run.added() - run.removed()));
        stored.set(run.total());
    }
}
