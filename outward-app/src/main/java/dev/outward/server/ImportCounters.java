package dev.outward.server;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Prometheus counters of what imports through the server stored and rejected. */
@Component
class ImportCounters {

    private final Counter stored;
    private final Counter rejected;
    private final Counter duplicates;

    ImportCounters(MeterRegistry registry) {
        stored = Counter.builder("outward.events.stored").description("Events stored by imports through the server")
                .register(registry);
        rejected = Counter.builder("outward.events.rejected").description("Rows quarantined by imports through the server")
                .register(registry);
        duplicates = Counter.builder("outward.events.duplicates").description("Rows skipped as already stored")
                .register(registry);
    }

    @EventListener
    void on(EventsImported imported) {
        stored.increment(imported.stored());
        rejected.increment(imported.rejected());
        duplicates.increment(imported.duplicates());
    }
}
