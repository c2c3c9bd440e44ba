package dev.outward.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dev.outward.events.CustomerId;
import dev.outward.inconvenience.DetectionRun;
import dev.outward.inconvenience.Detections;
import dev.outward.inconvenience.ReportFormats;
import dev.outward.inconvenience.RuleId;
import dev.outward.inconvenience.ServiceFigures;
import dev.outward.inconvenience.WeekFigures;
import dev.outward.services.ServiceId;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Every number of the report pages as JSON, for the same query parameters as the pages ({@code from}, {@code to},
 * {@code channel}, {@code segment}, {@code service}). {@code /report} is exactly {@code outward report --format json}.
 * Occurrences and timelines are customer-level: the access rules give them to analysts and admins only.
 * {@code @ParameterObject} documents the filters as the five optional query parameters they are, not as one object.
 */
@RestController
@RequestMapping("/api/v1")
class FiguresApi {

    private final Figures figures;
    private final Detections detections;
    private final TimelineRows timelines;

    FiguresApi(Figures figures, Detections detections, TimelineRows timelines) {
        this.figures = figures;
        this.detections = detections;
        this.timelines = timelines;
    }

    @GetMapping(value = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The report, as `outward report --format json` prints it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportDocument.class)))
    String report(@ParameterObject Filters filters) {
        return ReportFormats.json(figures.report(filters.report()));
    }

    @GetMapping("/weeks")
    List<Map<String, Object>> weeks(@ParameterObject Filters filters) {
        return figures.weeks(filters.report()).stream().map(FiguresApi::week).toList();
    }

    @GetMapping("/services")
    List<Map<String, Object>> services(@ParameterObject Filters filters) {
        return figures.services(filters.report()).stream().map(this::service).toList();
    }

    @GetMapping("/services/{id}")
    Map<String, Object> service(@PathVariable String id, @ParameterObject Filters filters) {
        var filter = filters.report().service(new ServiceId(id));
        var detail = figures.service(filter);
        var json = detail.figures().map(this::service).orElseGet(() -> json("service", id, "inconveniences", 0L));
        var byRule = new LinkedHashMap<String, Object>();
        detail.rules().forEach(r -> byRule.put(r.rule().value(), r.inconveniences()));
        json.put("by_rule", byRule);
        json.put("by_channel", figures.channels(filter));
        json.put("weeks", figures.weeks(filter).stream().map(FiguresApi::week).toList());
        return json;
    }

    private Map<String, Object> service(ServiceFigures s) {
        var service = figures.described().of(s.service());
        return json("service", s.service().value(), "name", service.name(), "owner", service.owner().orElse(null),
                "inconveniences", s.inconveniences(), "customers", s.customers(), "per_1000_customers", value(s.per1000Customers()),
                "share", value(s.share()), "weekly", s.weekly());
    }

    @GetMapping("/rules")
    List<Map<String, Object>> rules(@ParameterObject Filters filters) {
        return figures.rules(filters.report()).stream().map(r -> json("rule", r.rule().value(), "description",
                figures.catalog().rule(r.rule()).map(rule -> rule.description()).orElse(null), "inconveniences", r.inconveniences(),
                "customers", r.customers(), "share", value(r.share()), "weekly", r.weekly())).toList();
    }

    @GetMapping("/rules/{id}/occurrences")
    List<Map<String, Object>> occurrences(@PathVariable String id, @ParameterObject Filters filters, @RequestParam(defaultValue = "100") int limit) {
        if (figures.catalog().rule(new RuleId(id)).isEmpty()) {
            // as the rule's page answers: an empty list would read as "none lately" for a mistyped rule
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No active rule " + id + ": see /api/v1/rules");
        }
        return figures.occurrences(filters.report(), new RuleId(id), Limits.checked("limit", limit, 10_000)).stream()
                .map(i -> json("rule", i.rule().value(), "customer", i.customer().value(), "time", i.time().toString(),
                        "service", i.service().value(), "channel", i.channel().orElse(null),
                        "event", Map.of("source", i.event().source(), "id", i.event().id()),
                        "cause", i.cause().map(c -> Map.of("source", c.source(), "id", c.id())).orElse(null))).toList();
    }

    @GetMapping("/retention")
    List<Map<String, Object>> retention(@ParameterObject Filters filters) {
        return figures.retention(filters.report()).stream().map(b -> json("bucket", b.bucket().label(),
                "customers", b.customers(), "closed", b.closed(), "closed_share", value(b.closedShare()))).toList();
    }

    @GetMapping("/relationship-depth")
    List<Map<String, Object>> depth(@ParameterObject Filters filters) {
        return figures.depth(filters.report()).stream().map(b -> json("bucket", b.bucket().label(),
                "customers", b.customers(), "products", value(b.products()), "tenure_years", value(b.tenureYears()),
                "spend", value(b.spend()))).toList();
    }

    /** The latest {@code limit} events before {@code before} (or of all), their inconveniences; {@code earlier} pages on. */
    @GetMapping("/customers/{id}/timeline")
    Map<String, Object> timeline(@PathVariable String id, @RequestParam(required = false) Instant before,
                                 @RequestParam(defaultValue = "" + CustomerPage.PAGE) int limit) {
        int events = Limits.checked("limit", limit, CustomerPage.MOST_ENTRIES);
        return timelines.json(figures.timeline(new CustomerId(id), events, Optional.ofNullable(before)));
    }

    @GetMapping("/detection/runs")
    List<Map<String, Object>> runs(@RequestParam(defaultValue = "20") int limit) {
        return detections.history(Limits.checked("limit", limit, 1000)).stream().map(FiguresApi::run).toList();
    }

    private static Map<String, Object> week(WeekFigures w) {
        return json("week", w.week().toString(), "inconveniences", w.inconveniences(), "complaints", w.complaints(),
                "inbound", w.inbound(), "served", w.served(), "aht_s", value(w.ahtSeconds()), "fcr", value(w.fcr()),
                "repeat_rate", value(w.repeatRate()));
    }

    private static Map<String, Object> run(DetectionRun r) {
        var byRule = new LinkedHashMap<String, Object>();
        r.byRule().forEach((rule, n) -> byRule.put(rule.value(), n));
        return json("run", r.run(), "started_at", r.startedAt().toString(), "mode", r.mode().name().toLowerCase(java.util.Locale.ROOT),
                "why", r.why(), "from", r.from().map(Object::toString).orElse(null), "added", r.added(), "removed", r.removed(),
                "total", r.total(), "duration_ms", r.duration().toMillis(), "last_batch", r.lastBatch(), "by_rule", byRule);
    }

    /** A JSON object with keys in the order given; null values stay (as JSON null). */
    static Map<String, Object> json(Object... keysAndValues) {
        var json = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }

    static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
