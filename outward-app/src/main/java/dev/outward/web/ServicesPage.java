package dev.outward.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.outward.inconvenience.RuleFigures;
import dev.outward.inconvenience.ServiceFigures;
import dev.outward.inconvenience.WeekFigures;
import dev.outward.services.ServiceId;

/**
 * The IT services ranked by the inconveniences traced to them, and one service's page: its mix of rules, its weekly
 * trend, the channels its inconveniences reached customers on, and its share of all inconveniences.
 */
@Controller
class ServicesPage {

    private final Figures figures;
    private final Pages pages;
    private final FigureTables tables;
    private final Charts charts;
    private final Numbers numbers;

    ServicesPage(Figures figures, Pages pages, FigureTables tables, Charts charts, Numbers numbers) {
        this.figures = figures;
        this.pages = pages;
        this.tables = tables;
        this.charts = charts;
        this.numbers = numbers;
    }

    @GetMapping("/services")
    String services(Filters filters, Model model) {
        if (pages.prepare("services", model).isPresent()) {
            return "reports/services";
        }
        var services = figures.services(filters.report());
        Pages.nothingIn(services.isEmpty(), model);
        model.addAttribute("services", tables.services(filters, services, figures.described()));
        var top = services.subList(0, Math.min(15, services.size()));
        model.addAttribute("chart", charts.bars("chart.services.title", "chart.axis.service",
                top.stream().map(s -> s.service().value()).toList(), Charts.Axis.of("chart.axis.inconveniences-total"),
                top.stream().map(ServiceFigures::inconveniences).toList(), null));
        return "reports/services";
    }

    @GetMapping("/services.csv")
    ResponseEntity<String> servicesCsv(Filters filters) {
        return Csv.download(tables.services(filters, figures.services(filters.report()), figures.described()));
    }

    @GetMapping("/services/{id}")
    String service(@PathVariable String id, Filters filters, Model model) {
        if (filters.service() != null && !filters.service().equals(id)) {
            // another service chosen in the filter bar: that service's page, same other filters
            return "redirect:/services/" + FigureTables.segment(filters.service())
                    + new Filters(filters.from(), filters.to(), filters.channel(), filters.segment(), null).suffix();
        }
        var service = new ServiceId(id);
        model.addAttribute("service", figures.described().of(service));
        model.addAttribute("filters", new Filters(filters.from(), filters.to(), filters.channel(), filters.segment(), id));
        if (pages.prepare("services", model).isPresent()) {
            return "reports/service";
        }
        var filter = filters.report().service(service);
        var detail = this.figures.service(filter);
        var figures = detail.figures();
        Pages.nothingIn(figures.isEmpty(), model);
        // per 1,000 of everyone active under the other filters, as in the ranking: not of the service's own customers,
        // which is what the overview filtered on this service divides by
        long everyone = this.figures.report(filter.service(null)).customers().active();
        figures.ifPresent(f -> model.addAttribute("tiles", List.of(
                new Tile("inconveniences", charts.text("tile.inconveniences"), numbers.integer(f.inconveniences()), f.inconveniences(), null),
                new Tile("customers", charts.text("tile.customers-affected"), numbers.integer(f.customers()), f.customers(), null),
                numbers.tile("per-1000", charts.text("tile.per-1000"), f.per1000Customers(), 1)
                        .noted(charts.text("tile.per-1000.every-service", numbers.integer(everyone))),
                new Tile("share", charts.text("tile.share"), numbers.percent(f.share()), f.share().orElse(0), null))));
        var weeks = this.figures.weeks(filter);
        var rules = detail.rules();
        var channels = this.figures.channels(filter);
        model.addAttribute("weeksChart", charts.of("chart.service-weekly.title", "chart.axis.week",
                weeks.stream().map(w -> w.week().toString()).toList(), List.of(Charts.Axis.of("chart.axis.inconveniences")),
                List.of(new Charts.Series("chart.series.inconveniences", "line", weeks.stream().map(WeekFigures::inconveniences).toList(), 0))));
        model.addAttribute("rulesChart", charts.bars("chart.rule-mix.title", "chart.axis.rule",
                rules.stream().filter(r -> r.inconveniences() > 0).map(r -> r.rule().value()).toList(),
                Charts.Axis.of("chart.axis.inconveniences-total"),
                rules.stream().filter(r -> r.inconveniences() > 0).map(RuleFigures::inconveniences).toList(), null));
        model.addAttribute("rules", tables.rules(filters, rules, "/services/" + FigureTables.segment(id) + "/rules.csv", this::description));
        model.addAttribute("channels", tables.channels(filters, id, channels));
        model.addAttribute("weeks", tables.weeks(new Filters(filters.from(), filters.to(), filters.channel(), filters.segment(), id),
                weeks));
        return "reports/service";
    }

    @GetMapping("/services/{id}/rules.csv")
    ResponseEntity<String> rulesCsv(@PathVariable String id, Filters filters) {
        return Csv.download(tables.rules(filters, figures.service(filters.report().service(new ServiceId(id))).rules(),
                "/services/" + FigureTables.segment(id) + "/rules.csv", this::description));
    }

    @GetMapping("/services/{id}/channels.csv")
    ResponseEntity<String> channelsCsv(@PathVariable String id, Filters filters) {
        return Csv.download(tables.channels(filters, id, figures.channels(filters.report().service(new ServiceId(id)))));
    }

    private String description(RuleFigures rule) {
        return figures.catalog().rule(rule.rule()).map(r -> r.description()).orElse("");
    }
}
