package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;

import dev.outward.services.ServiceId;

/**
 * Which part of the data a report covers: event-time dates, inclusive, UTC (open ends mean all time), and
 * optionally one channel, one service and one segment. A figure counts an event or an inconvenience when its own
 * channel and service match; events without a service count as {@link ServiceId#UNATTRIBUTED}. The segment is the
 * one the customer's latest profile stating a segment gave at the time of the event (like areas for outages), so a
 * customer who changes segment counts under each for the time they were in it. {@link ReportScope} turns a filter
 * into SQL conditions, so new fields change that one place.
 */
public record ReportFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> channel,
                           Optional<ServiceId> service, Optional<String> segment) {

    /** How a period's dates are written, for whoever must say that one is not: the pages, the API and the CLI alike. */
    public static final String DATE_FORM = "YYYY-MM-DD, e.g. 2026-03-31";

    private static final int LONGEST_NAME = 200;
    // The four-digit years of YYYY-MM-DD: LocalDate reaches year ±999,999,999, DuckDB's DATE does not, and no
    // event happened outside these anyway.
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    public ReportFilter {
        within("from", from);
        within("to", to);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("The report period starts " + from.get() + ", after it ends " + to.get());
        }
        channel = name("channel", channel);
        segment = name("segment", segment);
    }

    public ReportFilter(Optional<LocalDate> from, Optional<LocalDate> to) {
        this(from, to, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static ReportFilter allTime() {
        return new ReportFilter(Optional.empty(), Optional.empty());
    }

    public static ReportFilter between(LocalDate from, LocalDate to) {
        return new ReportFilter(Optional.of(from), Optional.of(to));
    }

    public ReportFilter from(LocalDate date) {
        return new ReportFilter(Optional.ofNullable(date), to, channel, service, segment);
    }

    public ReportFilter to(LocalDate date) {
        return new ReportFilter(from, Optional.ofNullable(date), channel, service, segment);
    }

    public ReportFilter channel(String name) {
        return new ReportFilter(from, to, Optional.ofNullable(name), service, segment);
    }

    public ReportFilter service(ServiceId id) {
        return new ReportFilter(from, to, channel, Optional.ofNullable(id), segment);
    }

    public ReportFilter segment(String name) {
        return new ReportFilter(from, to, channel, service, Optional.ofNullable(name));
    }

    /** Whether a channel, service or segment is chosen: the figures are then about part of the customers' days. */
    public boolean anyDimension() {
        return channel.isPresent() || service.isPresent() || segment.isPresent();
    }

    private static void within(String end, Optional<LocalDate> date) {
        if (date.isPresent() && (date.get().getYear() < FIRST_YEAR || date.get().getYear() > LAST_YEAR)) {
            throw new IllegalArgumentException("The report period's " + end + " date " + date.get()
                    + " is out of range: years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    private static Optional<String> name(String what, Optional<String> value) {
        var stripped = value.map(String::strip).filter(v -> !v.isEmpty());
        if (stripped.isPresent() && (stripped.get().length() > LONGEST_NAME || stripped.get().indexOf('\0') >= 0)) {
            throw new IllegalArgumentException("Not a " + what + " name: at most " + LONGEST_NAME + " characters, no NUL");
        }
        return stripped;
    }
}
