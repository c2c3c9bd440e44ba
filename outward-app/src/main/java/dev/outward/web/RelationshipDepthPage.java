package dev.outward.web;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.outward.inconvenience.DepthFigures;

/** Products held, tenure and spend of the customers active in the period, by how often they were inconvenienced. */
@Controller
class RelationshipDepthPage {

    private final Figures figures;
    private final Pages pages;
    private final FigureTables tables;
    private final Charts charts;

    RelationshipDepthPage(Figures figures, Pages pages, FigureTables tables, Charts charts) {
        this.figures = figures;
        this.pages = pages;
        this.tables = tables;
        this.charts = charts;
    }

    @GetMapping("/relationship-depth")
    String depth(Filters filters, Model model) {
        if (pages.prepare("relationship-depth", model).isPresent()) {
            return "reports/relationship-depth";
        }
        var buckets = figures.depth(filters.report());
        Pages.nothingIn(buckets.stream().allMatch(b -> b.customers() == 0), model);
        model.addAttribute("depth", tables.depth(filters, buckets));
        model.addAttribute("productsChart", chart(buckets, "chart.products.title", "chart.axis.products", DepthFigures::products));
        model.addAttribute("tenureChart", chart(buckets, "chart.tenure.title", "chart.axis.tenure", DepthFigures::tenureYears));
        model.addAttribute("spendChart", chart(buckets, "chart.spend.title", "chart.axis.spend", DepthFigures::spend));
        return "reports/relationship-depth";
    }

    @GetMapping("/relationship-depth.csv")
    ResponseEntity<String> csv(Filters filters) {
        return Csv.download(tables.depth(filters, figures.depth(filters.report())));
    }

    private String chart(List<DepthFigures> buckets, String title, String axis, Function<DepthFigures, OptionalDouble> value) {
        var values = buckets.stream().map(value).map(v -> v.isPresent() ? Math.round(v.getAsDouble() * 100) / 100.0 : 0).toList();
        return charts.bars(title, "chart.axis.bucket", buckets.stream().map(b -> b.bucket().label()).toList(), Charts.Axis.of(axis),
                values, values.stream().map(String::valueOf).toList());
    }
}
