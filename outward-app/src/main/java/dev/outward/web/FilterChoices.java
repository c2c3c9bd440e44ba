package dev.outward.web;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.outward.inconvenience.DetectionCompleted;
import dev.outward.inconvenience.Dimensions;

/** The channels, services and segments the filter bar offers: read once and again after each detection run. */
@Component
class FilterChoices {

    private final Figures figures;
    private final AtomicReference<Dimensions> known = new AtomicReference<>();

    FilterChoices(Figures figures) {
        this.figures = figures;
    }

    Dimensions get() {
        var dimensions = known.get();
        if (dimensions == null) {
            dimensions = figures.dimensions();
            known.set(dimensions);
        }
        return dimensions;
    }

    @EventListener
    void detected(DetectionCompleted run) {
        known.set(null);
    }
}
