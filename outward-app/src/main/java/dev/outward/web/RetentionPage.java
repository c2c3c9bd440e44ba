package dev.outward.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Of the customers active in the period: the share who closed their account, by how often they were inconvenienced. */
@Controller
class RetentionPage {

    private final Figures figures;
    private final Pages pages;
    private final FigureTables tables;
    private final Charts charts;
    private final Numbers numbers;

    RetentionPage(Figures figures, Pages pages, FigureTables tables, Charts charts, Numbers numbers) {
        this.figures = figures;
        this.pages = pages;
        this.tables = tables;
        this.charts = charts;
        this.numbers = numbers;
    }

    @GetMapping("/retention")
    String retention(Filters filters, Model model) {
        if (pages.prepare("retention", model).isPresent()) {
            return "reports/retention";
        }
        var buckets = figures.retention(filters.report());
        Pages.nothingIn(buckets.stream().allMatch(b -> b.customers() == 0), model);
        model.addAttribute("retention", tables.retention(filters, buckets));
        model.addAttribute("chart", charts.bars("chart.retention.title", "chart.axis.bucket",
                buckets.stream().map(b -> b.bucket().label()).toList(), new Charts.Axis("chart.axis.closed-share", "{value} %"),
                buckets.stream().map(b -> b.closedShare().isPresent() ? Math.round(b.closedShare().getAsDouble() * 1000) / 10.0 : 0).toList(),
                buckets.stream().map(b -> charts.text("chart.label.closed", numbers.integer(b.closed()), numbers.integer(b.customers()))).toList()));
        return "reports/retention";
    }

    @GetMapping("/retention.csv")
    ResponseEntity<String> csv(Filters filters) {
        return Csv.download(tables.retention(filters, figures.retention(filters.report())));
    }
}
