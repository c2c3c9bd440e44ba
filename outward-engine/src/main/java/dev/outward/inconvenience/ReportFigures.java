package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.outward.services.ServiceId;

/**
 * The report: the contract the CLI, the web UI and later modules share. {@link ReportFormats#json} writes it in
 * the documented JSON shape. A ratio is empty when its denominator is zero (JSON {@code null}).
 */
public record ReportFigures(Optional<LocalDate> from, Optional<LocalDate> to, Customers customers,
                            InconvenienceFigures inconveniences, long complaints,
                            OptionalDouble inconveniencesPerComplaint, ContactFigures contacts) {

    /** Active: with an event or an inconvenience in the period; inconvenienced: with an inconvenience in it. */
    public record Customers(long active, long inconvenienced) {
    }

    /** Totals per rule (every active rule, zeros included, catalog order) and per service (most first). */
    public record InconvenienceFigures(long total, OptionalDouble per1000Customers, Map<RuleId, Long> byRule,
                                       Map<ServiceId, Long> byService) {
    }

    /**
     * Inbound contacts (direction absent or "in") and served ones (not abandoned) in the period. AHT is the mean
     * handle time of served inbound contacts that state it; FCR the share of served inbound contacts not followed
     * by a repeat (the {@code repeat-contact} rule, even when the repeat falls after the period); repeat rate the
     * repeat-contact inconveniences in the period per served contact. FCR and repeat rate are empty when the
     * {@code repeat-contact} rule is disabled.
     */
    public record ContactFigures(long inbound, long served, OptionalDouble ahtSeconds, OptionalDouble fcr,
                                 OptionalDouble repeatRate) {
    }
}
