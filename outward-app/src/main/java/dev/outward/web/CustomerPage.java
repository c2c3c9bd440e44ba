package dev.outward.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.outward.events.CustomerId;
import dev.outward.inconvenience.Timeline;

/**
 * One customer's timeline, as {@code outward explain} gives it: every event, and every inconvenience with its rule
 * and evidence (ANALYST and up: it is customer-level data), the latest {@value #PAGE} events at a time, with a link
 * to the ones before. The search swaps only the timeline through htmx.
 */
@Controller
class CustomerPage {

    /** The most events one request of a customer's events or timeline gets. */
    static final int MOST_ENTRIES = 2_000;

    /** Events a page shows: a year or more of most customers, a month or two of the busiest. */
    static final int PAGE = 50;

    private final Figures figures;
    private final TimelineRows rows;

    CustomerPage(Figures figures, TimelineRows rows) {
        this.figures = figures;
        this.rows = rows;
    }

    @GetMapping("/customer")
    String customer(@RequestParam(required = false) String id, @RequestParam(required = false) Instant before, Model model) {
        show(id, Optional.ofNullable(before), model);
        return "customer";
    }

    @GetMapping(value = "/customer", headers = "HX-Request")
    String timelineOnly(@RequestParam(required = false) String id, @RequestParam(required = false) Instant before,
                        @RequestHeader("HX-Request") String htmx, Model model) {
        show(id, Optional.ofNullable(before), model);
        return "customer :: timeline";
    }

    @GetMapping("/customer/timeline.csv")
    ResponseEntity<String> csv(@RequestParam String id, @RequestParam(required = false) Instant before) {
        return Csv.download(table(id.strip(), Optional.ofNullable(before), timeline(id.strip(), Optional.ofNullable(before))));
    }

    private void show(String id, Optional<Instant> before, Model model) {
        model.addAttribute("id", id == null ? "" : id.strip());
        if (id != null && !id.isBlank()) {
            var timeline = timeline(id.strip(), before);
            model.addAttribute("found", timeline);
            model.addAttribute("timeline", table(id.strip(), before, timeline));
            timeline.earlier().ifPresent(time -> model.addAttribute("earlier", link(id.strip(), "/customer", Optional.of(time))));
        }
    }

    private Timeline timeline(String id, Optional<Instant> before) {
        return figures.timeline(new CustomerId(id), PAGE, before);
    }

    private Table table(String id, Optional<Instant> before, Timeline timeline) {
        return new Table("customer-" + id.replaceAll("[^A-Za-z0-9_.-]", "_"), link(id, "/customer/timeline.csv", before),
                TimelineRows.COLUMNS, rows.of(timeline));
    }

    private static String link(String id, String path, Optional<Instant> before) {
        return path + "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + before.map(time -> "&before=" + time).orElse("");
    }
}
