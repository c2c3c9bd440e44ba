package dev.outward.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import dev.outward.inconvenience.Inconvenience;
import dev.outward.inconvenience.Rule;
import dev.outward.inconvenience.RuleFigures;
import dev.outward.inconvenience.RuleId;
import dev.outward.inconvenience.WeekFigures;

/**
 * One row per rule (count, customers, trend, share), and a rule's page: what it counts, its trend and, for analysts
 * and admins, its latest occurrences with the customer each reached. Viewers see the aggregates only; the access
 * rules refuse them the occurrences' CSV too.
 */
@Controller
class InconvenienceTypesPage {

    static final int OCCURRENCES = 100;

    private final Figures figures;
    private final Pages pages;
    private final FigureTables tables;
    private final Charts charts;
    private final Numbers numbers;

    InconvenienceTypesPage(Figures figures, Pages pages, FigureTables tables, Charts charts, Numbers numbers) {
        this.figures = figures;
        this.pages = pages;
        this.tables = tables;
        this.charts = charts;
        this.numbers = numbers;
    }

    @GetMapping("/inconvenience-types")
    String types(Filters filters, Model model) {
        if (pages.prepare("inconvenience-types", model).isPresent()) {
            return "reports/inconvenience-types";
        }
        var rules = figures.rules(filters.report());
        Pages.nothingIn(rules.stream().allMatch(r -> r.inconveniences() == 0), model);
        model.addAttribute("rules", table(filters, rules));
        model.addAttribute("chart", charts.bars("chart.rules.title", "chart.axis.rule", rules.stream().map(r -> r.rule().value()).toList(),
                Charts.Axis.of("chart.axis.inconveniences-total"), rules.stream().map(RuleFigures::inconveniences).toList(), null));
        return "reports/inconvenience-types";
    }

    @GetMapping("/inconvenience-types.csv")
    ResponseEntity<String> typesCsv(Filters filters) {
        return Csv.download(table(filters, figures.rules(filters.report())));
    }

    @GetMapping("/inconvenience-types/{id}")
    String type(@PathVariable String id, Filters filters, Model model, Authentication user) {
        var rule = rule(id);
        model.addAttribute("rule", rule);
        if (pages.prepare("inconvenience-types", model).isPresent()) {
            return "reports/inconvenience-type";
        }
        var filter = filters.report();
        var figures = this.figures.rules(filter).stream().filter(r -> r.rule().equals(rule.id())).findFirst();
        Pages.nothingIn(figures.map(f -> f.inconveniences() == 0).orElse(true), model);
        figures.ifPresent(f -> model.addAttribute("tiles", List.of(
                new Tile("inconveniences", charts.text("tile.inconveniences"), numbers.integer(f.inconveniences()), f.inconveniences(), null),
                new Tile("customers", charts.text("tile.customers-affected"), numbers.integer(f.customers()), f.customers(), null),
                new Tile("share", charts.text("tile.share"), numbers.percent(f.share()), f.share().orElse(0), null))));
        var weeks = this.figures.weeks(filter);
        var series = figures.map(RuleFigures::weekly).orElse(List.of());
        model.addAttribute("chart", charts.of("chart.rule-weekly.title", "chart.axis.week",
                weeks.stream().map(WeekFigures::week).map(Object::toString).toList(), List.of(Charts.Axis.of("chart.axis.inconveniences")),
                List.of(new Charts.Series("chart.series.inconveniences", "line", series, 0))));
        if (Me.of(user).analyst()) {
            model.addAttribute("occurrences", occurrences(filters, rule));
        }
        return "reports/inconvenience-type";
    }

    @GetMapping("/inconvenience-types/{id}/occurrences.csv")
    ResponseEntity<String> occurrencesCsv(@PathVariable String id, Filters filters) {
        return Csv.download(occurrences(filters, rule(id)));
    }

    private Table table(Filters filters, List<RuleFigures> rules) {
        return tables.rules(filters, rules, "/inconvenience-types.csv",
                r -> figures.catalog().rule(r.rule()).map(Rule::description).orElse(""));
    }

    private Table occurrences(Filters filters, Rule rule) {
        List<Inconvenience> latest = figures.occurrences(filters.report(), rule.id(), OCCURRENCES);
        return new Table("occurrences", "/inconvenience-types/" + FigureTables.segment(rule.id().value()) + "/occurrences.csv"
                + filters.suffix(), List.of("time", "customer", "service", "channel", "source", "id", "cause"),
                latest.stream().map(i -> FigureTables.row(Times.utc(i.time()),
                        new Table.Link(i.customer().value(), "/customer?id=" + java.net.URLEncoder.encode(i.customer().value(),
                                java.nio.charset.StandardCharsets.UTF_8)), i.service().value(), i.channel().orElse(null),
                        i.event().source(), i.event().id(), i.cause().map(c -> c.source() + "/" + c.id()).orElse(null))).toList());
    }

    private Rule rule(String id) {
        try {
            return figures.catalog().rule(new RuleId(id)).orElseThrow();
        } catch (RuntimeException e) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "No rule " + id);
        }
    }
}
