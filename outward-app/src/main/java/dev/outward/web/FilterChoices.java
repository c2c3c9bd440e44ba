package dev.outward.web;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.outward.events.Inventory;
import dev.outward.server.EventsImported;
import dev.outward.server.Store;

/** The channels, segments and services the filter bar offers; read once and again after each import. */
@Component
class FilterChoices {

    private final Store store;
    private final AtomicReference<Inventory.Dimensions> known = new AtomicReference<>();

    FilterChoices(Store store) {
        this.store = store;
    }

    Inventory.Dimensions get() {
        var dimensions = known.get();
        if (dimensions == null) {
            dimensions = store.events(events -> events.inventory().dimensions());
            known.set(dimensions);
        }
        return dimensions;
    }

    @EventListener
    void imported(EventsImported imported) {
        known.set(null);
    }
}
