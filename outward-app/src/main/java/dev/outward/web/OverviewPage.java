package dev.outward.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.outward.inconvenience.ReportFigures;
import dev.outward.inconvenience.WeekFigures;

/**
 * The overview: how often customers were inconvenienced, against how often they complained, week by week, and the
 * services behind it. The tiles are the report's figures for the filters, as {@code /api/v1/report} gives them.
 */
@Controller
class OverviewPage {

    static final int TOP_SERVICES = 8;

    private final Figures figures;
    private final Pages pages;
    private final FigureTables tables;
    private final Charts charts;
    private final Numbers numbers;

    OverviewPage(Figures figures, Pages pages, FigureTables tables, Charts charts, Numbers numbers) {
        this.figures = figures;
        this.pages = pages;
        this.tables = tables;
        this.charts = charts;
        this.numbers = numbers;
    }

    @GetMapping("/")
    String overview(Filters filters, Model model) {
        if (pages.prepare("overview", model).isPresent()) {
            return "reports/overview";
        }
        var filter = filters.report();
        var report = figures.report(filter);
        var weeks = figures.weeks(filter);
        Pages.nothingIn(report.customers().active() == 0, model);
        model.addAttribute("report", report);
        model.addAttribute("tiles", tiles(report));
        report.inconveniencesPerComplaint().ifPresent(n -> model.addAttribute("headline",
                charts.text("overview.headline", numbers.decimal(n, 0))));
        model.addAttribute("chart", chart(weeks));
        model.addAttribute("weeks", tables.weeks(filters, weeks));
        var services = figures.services(filter);
        model.addAttribute("services", tables.topServices(filters, services.subList(0, Math.min(TOP_SERVICES, services.size())),
                figures.described()));
        return "reports/overview";
    }

    @GetMapping("/weeks.csv")
    ResponseEntity<String> weeksCsv(Filters filters) {
        return Csv.download(tables.weeks(filters, figures.weeks(filters.report())));
    }

    private List<Tile> tiles(ReportFigures report) {
        var tiles = new ArrayList<Tile>();
        var inconveniences = report.inconveniences();
        var customers = report.customers();
        tiles.add(new Tile("inconveniences", charts.text("tile.inconveniences"), numbers.integer(inconveniences.total()),
                inconveniences.total(), null));
        var share = Numbers.ratio(customers.inconvenienced(), customers.active());
        tiles.add(new Tile("inconvenienced", charts.text("tile.inconvenienced"), numbers.integer(customers.inconvenienced()),
                customers.inconvenienced(), charts.text("tile.inconvenienced.note", numbers.percent(share),
                numbers.integer(customers.active()))));
        tiles.add(numbers.tile("per-1000", charts.text("tile.per-1000"), inconveniences.per1000Customers(), 1)
                .noted(charts.text("tile.per-1000.note", numbers.integer(customers.active()))));
        tiles.add(new Tile("complaints", charts.text("tile.complaints"), numbers.integer(report.complaints()), report.complaints(), null));
        tiles.add(numbers.tile("per-complaint", charts.text("tile.per-complaint"), report.inconveniencesPerComplaint(), 1));
        return tiles;
    }

    private String chart(List<WeekFigures> weeks) {
        return charts.of("chart.weekly.title", "chart.axis.week", weeks.stream().map(w -> w.week().toString()).toList(),
                List.of(Charts.Axis.of("chart.axis.inconveniences"), Charts.Axis.of("chart.axis.complaints")),
                List.of(new Charts.Series("chart.series.inconveniences", "bar", weeks.stream().map(WeekFigures::inconveniences).toList(), 0),
                        new Charts.Series("chart.series.complaints", "line", weeks.stream().map(WeekFigures::complaints).toList(), 1)));
    }
}
