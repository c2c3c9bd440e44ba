package dev.outward.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The report's JSON as the OpenAPI document describes it. {@code /api/v1/report} answers with the engine's own text
 * ({@code ReportFormats.json}, what {@code outward report --format json} prints), which springdoc can only call a
 * string; this record is its shape for readers of {@code /v3/api-docs}, and {@code ApiTests} holds it to the real body.
 */
@Schema(name = "Report", description = "Inconveniences against complaints and contacts for the filters")
record ReportDocument(
        @Schema(description = "First day, inclusive (UTC); null for all time", format = "date", nullable = true) String from,
        @Schema(description = "Last day, inclusive (UTC); null for all time", format = "date", nullable = true) String to,
        Customers customers,
        Inconveniences inconveniences,
        @Schema(description = "Complaint events") long complaints,
        @JsonProperty("inconveniences_per_complaint")
        @Schema(description = "Inconveniences behind each complaint; null without complaints", nullable = true)
        Double inconveniencesPerComplaint,
        Contacts contacts) {

    @Schema(name = "ReportCustomers")
    record Customers(@Schema(description = "Customers with an event or an inconvenience") long active,
                     @Schema(description = "Customers with at least one inconvenience") long inconvenienced) {
    }

    @Schema(name = "ReportInconveniences")
    record Inconveniences(long total,
                          @JsonProperty("per_1000_customers") @Schema(nullable = true) Double per1000Customers,
                          @JsonProperty("by_rule") @Schema(description = "Every enabled rule, zeros included") Map<String, Long> byRule,
                          @JsonProperty("by_service") @Schema(description = "Per IT service; unattributed as its own")
                          Map<String, Long> byService) {
    }

    @Schema(name = "ReportContacts")
    record Contacts(@Schema(description = "Inbound contacts") long inbound,
                    @Schema(description = "Inbound contacts not abandoned") long served,
                    @Schema(description = "Average handle time of served contacts, seconds", nullable = true)
                    @JsonProperty("aht_s") Double ahtSeconds,
                    @Schema(description = "First-contact resolution: served contacts not followed by a repeat", nullable = true)
                    Double fcr,
                    @JsonProperty("repeat_rate") @Schema(nullable = true) Double repeatRate) {
    }
}
