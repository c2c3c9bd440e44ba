package dev.outward.web;

import java.util.LinkedHashMap;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import dev.outward.inconvenience.Detections;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.server.Store;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data page (ADMIN): what is stored per source and type, recent imports, the quarantine with its reasons, and
 * when detection last ran. The quarantine pages through htmx: a pager click swaps only that table.
 */
@Controller
class DataPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Store store;
    private final DataTables tables;
    private final Detections detections;
    private final Figures figures;

    DataPage(Store store, DataTables tables, Detections detections, Figures figures) {
        this.store = store;
        this.tables = tables;
        this.detections = detections;
        this.figures = figures;
    }

    @GetMapping("/data")
    String data(@RequestParam(defaultValue = "0") int page, Model model) {
        var stats = store.events(events -> events.stats());
        model.addAttribute("stats", stats);
        // the customers the reports count (all time's active ones, kept until the next run), none before a run:
        // counting distinct customers over the events took 0.3 s at 10M events, every view
        model.addAttribute("customers", figures.detected() ? figures.report(ReportFilter.allTime()).customers().active() : null);
        model.addAttribute("stored", tables.stored());
        model.addAttribute("imports", tables.imports());
        model.addAttribute("chart", JSON.writeValueAsString(chart(stats.byType())));
        model.addAttribute("runs", tables.runs());
        model.addAttribute("failure", detections.lastFailure().map(Throwable::getMessage).orElse(null));
        quarantinePage(page, model);
        return "data";
    }

    @GetMapping(value = "/data", headers = "HX-Request")
    String quarantineOnly(@RequestParam(defaultValue = "0") int page, @RequestHeader("HX-Request") String htmx, Model model) {
        quarantinePage(page, model);
        return "data :: quarantine";
    }

    @GetMapping("/data/stored.csv")
    ResponseEntity<String> storedCsv() {
        return Csv.download(tables.stored());
    }

    @GetMapping("/data/imports.csv")
    ResponseEntity<String> importsCsv() {
        return Csv.download(tables.imports());
    }

    @GetMapping("/data/runs.csv")
    ResponseEntity<String> runsCsv() {
        return Csv.download(tables.runs());
    }

    @GetMapping("/data/quarantine.csv")
    ResponseEntity<String> quarantineCsv() {
        return Csv.download(tables.quarantine(0, DataTables.MOST_CSV_ROWS));
    }

    private void quarantinePage(int page, Model model) {
        long total = tables.quarantined();
        int last = (int) Math.max(0, (total - 1) / DataTables.PAGE);
        int shown = Math.clamp(page, 0, last);
        model.addAttribute("quarantine", tables.quarantine(shown, DataTables.PAGE));
        model.addAttribute("pager", new Pager(shown, last, total));
    }

    /** An ECharts option for events per type; the page script only hands it to ECharts (no inline script). */
    private static Object chart(java.util.Map<String, Long> byType) {
        var option = new LinkedHashMap<String, Object>();
        option.put("grid", java.util.Map.of("left", 110, "right", 30, "top", 10, "bottom", 30));
        option.put("tooltip", java.util.Map.of("renderMode", "richText"));
        var label = java.util.Map.of("fontSize", 15);
        option.put("xAxis", java.util.Map.of("type", "value", "axisLabel", label));
        option.put("yAxis", java.util.Map.of("type", "category", "inverse", true, "data", byType.keySet(), "axisLabel", label));
        option.put("series", java.util.List.of(java.util.Map.of("type", "bar", "data", byType.values())));
        return option;
    }

    /** Where the quarantine table is: page numbers from 0. */
    record Pager(int page, int last, long total) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page < last;
        }
    }
}
