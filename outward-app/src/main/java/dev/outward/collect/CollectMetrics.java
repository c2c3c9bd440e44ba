package dev.outward.collect;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** Prometheus counters of the collection API, beside the store's own. */
@Component
class CollectMetrics {

    private final Counter accepted;
    private final Counter refused;
    private final Counter overloaded;

    CollectMetrics(MeterRegistry registry, Collection collection) {
        accepted = Counter.builder("outward.collect.accepted").description("Collected messages acknowledged").register(registry);
        refused = Counter.builder("outward.collect.refused").description("Collected messages refused into the quarantine").register(registry);
        overloaded = Counter.builder("outward.collect.overloaded").description("Requests answered 429").register(registry);
        Gauge.builder("outward.collect.pending", collection, Collection::pending)
                .description("Collected messages acknowledged and not yet stored").register(registry);
    }

    void received(Acceptance acceptance) {
        accepted.increment(acceptance.accepted());
        refused.increment(acceptance.refused().size());
    }

    void overloaded() {
        overloaded.increment();
    }
}
