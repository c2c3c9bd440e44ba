package dev.outward.web;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.outward.inconvenience.WeekFigures;

/**
 * First-contact resolution and repeat rate beside average handle time, week by week, on one chart. A contact centre
 * can shorten calls by sending customers away unresolved: the weeks where handle time fell while repeat contact
 * rose (each by 3% or more against the four weeks before) are shaded on the chart and listed under it.
 */
@Controller
class ContactCentrePage {

    static final double CHANGE = 0.03;
    static final int TRAILING = 4;

    private final Figures figures;
    private final Pages pages;
    private final FigureTables tables;
    private final Charts charts;
    private final Numbers numbers;

    ContactCentrePage(Figures figures, Pages pages, FigureTables tables, Charts charts, Numbers numbers) {
        this.figures = figures;
        this.pages = pages;
        this.tables = tables;
        this.charts = charts;
        this.numbers = numbers;
    }

    @GetMapping("/contact-centre")
    String contactCentre(Filters filters, Model model) {
        if (pages.prepare("contact-centre", model).isPresent()) {
            return "reports/contact-centre";
        }
        var filter = filters.report();
        var report = figures.report(filter);
        var contacts = report.contacts();
        var weeks = figures.weeks(filter);
        Pages.nothingIn(report.customers().active() == 0, model);
        if (contacts.inbound() == 0 && report.customers().active() > 0) {
            // customers were active (the overview shows them), only not on the phone or in chat: say that, not "no one"
            model.addAttribute("empty", Pages.NO_CONTACTS);
        }
        model.addAttribute("tiles", List.of(
                new Tile("inbound", charts.text("tile.inbound"), numbers.integer(contacts.inbound()), contacts.inbound(), null),
                new Tile("served", charts.text("tile.served"), numbers.integer(contacts.served()), contacts.served(), null),
                new Tile("aht", charts.text("tile.aht"), minutes(contacts.ahtSeconds()), value(contacts.ahtSeconds()), null),
                new Tile("fcr", charts.text("tile.fcr"), numbers.percent(contacts.fcr()), value(contacts.fcr()), null),
                new Tile("repeat-rate", charts.text("tile.repeat-rate"), numbers.percent(contacts.repeatRate()),
                        value(contacts.repeatRate()), null)));
        var flagged = fallingHandleTimeRisingRepeats(weeks);
        model.addAttribute("flagged", flagged);
        model.addAttribute("chart", chart(weeks, flagged));
        model.addAttribute("weeks", tables.weeks(filters, weeks));
        return "reports/contact-centre";
    }

    /**
     * Weeks whose AHT is at least {@value #CHANGE} below the mean of the (up to four) weeks before while the repeat
     * rate is at least as much above its own: a shift in both, not one week's noise.
     */
    static List<String> fallingHandleTimeRisingRepeats(List<WeekFigures> weeks) {
        var flagged = new ArrayList<String>();
        for (int i = 2; i < weeks.size(); i++) {
            var before = weeks.subList(Math.max(0, i - TRAILING), i);
            var week = weeks.get(i);
            var aht = mean(before, WeekFigures::ahtSeconds);
            var repeats = mean(before, WeekFigures::repeatRate);
            if (aht.isPresent() && repeats.isPresent() && week.ahtSeconds().isPresent() && week.repeatRate().isPresent()
                    && week.ahtSeconds().getAsDouble() < aht.getAsDouble() * (1 - CHANGE)
                    && week.repeatRate().getAsDouble() > repeats.getAsDouble() * (1 + CHANGE)) {
                flagged.add(week.week().toString());
            }
        }
        return flagged;
    }

    private static OptionalDouble mean(List<WeekFigures> weeks, java.util.function.Function<WeekFigures, OptionalDouble> value) {
        return weeks.stream().map(value).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
    }

    private String chart(List<WeekFigures> weeks, List<String> flagged) {
        return charts.of("chart.contact.title", "chart.axis.week", weeks.stream().map(w -> w.week().toString()).toList(),
                List.of(new Charts.Axis("chart.axis.aht", "{value}", true), new Charts.Axis("chart.axis.rate", "{value} %")),
                List.of(new Charts.Series("chart.series.aht", "line", weeks.stream().map(w -> round(w.ahtSeconds(), 60)).toList(), 0,
                                flagged, "chart.mark.aht-down-repeats-up"),
                        new Charts.Series("chart.series.fcr", "line", weeks.stream().map(w -> percent(w.fcr())).toList(), 1),
                        new Charts.Series("chart.series.repeat-rate", "line", weeks.stream().map(w -> percent(w.repeatRate())).toList(), 1)));
    }

    private String minutes(OptionalDouble seconds) {
        return seconds.isPresent() ? charts.text("unit.minutes", numbers.decimal(seconds.getAsDouble() / 60, 1)) : Numbers.UNKNOWN;
    }

    private static Object value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : "";
    }

    private static boolean both(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent();
    }

    private static Double round(OptionalDouble value, double divisor) {
        return value.isPresent() ? Math.round(value.getAsDouble() / divisor * 100) / 100.0 : null;
    }

    private static Double percent(OptionalDouble fraction) {
        return fraction.isPresent() ? Math.round(fraction.getAsDouble() * 1000) / 10.0 : null;
    }
}
