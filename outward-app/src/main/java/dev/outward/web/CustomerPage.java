package dev.outward.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
 * and evidence (ANALYST and up: it is customer-level data). The search swaps only the timeline through htmx.
 */
@Controller
class CustomerPage {

    static final int MOST_ENTRIES = 2_000;

    private final Figures figures;
    private final TimelineRows rows;

    CustomerPage(Figures figures, TimelineRows rows) {
        this.figures = figures;
        this.rows = rows;
    }

    @GetMapping("/customer")
    String customer(@RequestParam(required = false) String id, Model model) {
        show(id, model);
        return "customer";
    }

    @GetMapping(value = "/customer", headers = "HX-Request")
    String timelineOnly(@RequestParam(required = false) String id, @RequestHeader("HX-Request") String htmx, Model model) {
        show(id, model);
        return "customer :: timeline";
    }

    @GetMapping("/customer/timeline.csv")
    ResponseEntity<String> csv(@RequestParam String id) {
        return Csv.download(table(id.strip(), timeline(id.strip())));
    }

    private void show(String id, Model model) {
        model.addAttribute("id", id == null ? "" : id.strip());
        if (id != null && !id.isBlank()) {
            var timeline = timeline(id.strip());
            model.addAttribute("found", timeline);
            model.addAttribute("timeline", table(id.strip(), timeline));
        }
    }

    private Timeline timeline(String id) {
        return figures.timeline(new CustomerId(id), MOST_ENTRIES);
    }

    private Table table(String id, Timeline timeline) {
        return new Table("customer-" + id.replaceAll("[^A-Za-z0-9_.-]", "_"),
                "/customer/timeline.csv?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8), TimelineRows.COLUMNS, rows.of(timeline));
    }
}
