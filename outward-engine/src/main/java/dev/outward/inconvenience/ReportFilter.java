package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which part of the data a report covers: event-time dates, inclusive, UTC; open ends mean all time.
 * The web UI will add channel, segment and service here; {@link ReportScope} turns a filter into SQL conditions
 * for the events and the inconveniences tables, so new fields change that one place.
 */
public record ReportFilter(Optional<LocalDate> from, Optional<LocalDate> to) {

    public ReportFilter {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("The report period starts " + from.get() + ", after it ends " + to.get());
        }
    }

    public static ReportFilter allTime() {
        return new ReportFilter(Optional.empty(), Optional.empty());
    }

    public static ReportFilter between(LocalDate from, LocalDate to) {
        return new ReportFilter(Optional.of(from), Optional.of(to));
    }

    public ReportFilter from(LocalDate date) {
        return new ReportFilter(Optional.of(date), to);
    }

    public ReportFilter to(LocalDate date) {
        return new ReportFilter(from, Optional.of(date));
    }
}
