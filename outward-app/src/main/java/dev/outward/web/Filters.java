package dev.outward.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;

import dev.outward.inconvenience.ReportFilter;
import dev.outward.services.ServiceId;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The filter bar: a period and a channel, segment and service. It lives in the query string, never in the
 * session, so that a copied link shows a colleague the same view. The API takes the same parameters; their
 * descriptions here are what its OpenAPI document says.
 */
public record Filters(@Parameter(description = "First day, inclusive, UTC (YYYY-MM-DD); none: from the start")
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @Parameter(description = "Last day, inclusive, UTC (YYYY-MM-DD); none: to the end")
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @Parameter(description = "Only events and inconveniences on this channel") String channel,
                      @Parameter(description = "Only customers in this segment at the time") String segment,
                      @Parameter(description = "Only events and inconveniences of this IT service ('unattributed': none)")
                      String service) {

    public Filters {
        channel = blankToNull(channel);
        segment = blankToNull(segment);
        service = blankToNull(service);
    }

    public static Filters none() {
        return new Filters(null, null, null, null, null);
    }

    /** The filters as a query string without the leading '?'; empty when no filter is set. */
    public String query() {
        var values = new LinkedHashMap<String, Object>();
        values.put("from", from);
        values.put("to", to);
        values.put("channel", channel);
        values.put("segment", segment);
        values.put("service", service);
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** {@code ?query} or nothing: appended to links inside a page so that they keep the view. */
    public String suffix() {
        String query = query();
        return query.isEmpty() ? "" : "?" + query;
    }

    /** The engine's filter; a period that ends before it starts is refused with why (400). */
    public ReportFilter report() {
        return ReportFilter.allTime().from(from).to(to).channel(channel).segment(segment)
                .service(service == null ? null : new ServiceId(service));
    }

    /**
     * Why the query string could not be read as filters: only a date can fail to bind, so the reason names the
     * parameter, the value given and the form expected. The pages and the API say the same.
     */
    static String unreadable(BindingResult errors) {
        return errors.getFieldErrors().stream().map(e -> e.getField() + " is \"" + given(e.getRejectedValue())
                + "\", which is not a date: expected " + ReportFilter.DATE_FORM).collect(Collectors.joining("; "));
    }

    private static String given(Object value) {
        return value instanceof String[] values ? StringUtils.arrayToCommaDelimitedString(values) : String.valueOf(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
