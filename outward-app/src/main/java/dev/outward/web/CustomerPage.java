package dev.outward.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.outward.events.CustomerId;
import dev.outward.events.EventQuery;
import dev.outward.server.Store;

/**
 * One customer's timeline (ANALYST and up: it is customer-level data). The events are shown now; the
 * inconveniences detected for the customer come with the detection engine.
 */
@Controller
class CustomerPage {

    static final int MOST_EVENTS = 2_000;

    private final Store store;

    CustomerPage(Store store) {
        this.store = store;
    }

    @GetMapping("/customer")
    String customer(@RequestParam(required = false) String id, Model model) {
        model.addAttribute("id", id == null ? "" : id.strip());
        if (id != null && !id.isBlank()) {
            model.addAttribute("timeline", timeline(id.strip()));
        }
        return "customer";
    }

    @GetMapping("/customer/timeline.csv")
    ResponseEntity<String> csv(@RequestParam String id) {
        return Csv.download(timeline(id.strip()));
    }

    private Table timeline(String id) {
        var events = store.events(stored -> stored.find(EventQuery.all(MOST_EVENTS).forCustomer(new CustomerId(id))));
        List<List<Object>> rows = events.stream().map(EventRows::row).toList();
        return new Table("customer-" + id.replaceAll("[^A-Za-z0-9_.-]", "_"), "/customer/timeline.csv?id=" + java.net.URLEncoder.encode(id,
                java.nio.charset.StandardCharsets.UTF_8), EventRows.COLUMNS, rows);
    }
}
