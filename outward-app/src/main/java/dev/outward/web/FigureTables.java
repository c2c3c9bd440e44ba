package dev.outward.web;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import dev.outward.inconvenience.DepthFigures;
import dev.outward.inconvenience.RetentionFigures;
import dev.outward.inconvenience.RuleFigures;
import dev.outward.inconvenience.ServiceFigures;
import dev.outward.inconvenience.WeekFigures;
import dev.outward.services.Services;

/**
 * The report pages' tables, built from the engine's figures; a page shows them and its CSV routes download the same
 * rows, so the two agree. Links inside a table keep the filters.
 */
@Component
class FigureTables {

    private final Charts charts;

    FigureTables(Charts charts) {
        this.charts = charts;
    }

    Table services(Filters filters, List<ServiceFigures> services, Services described) {
        return new Table("services", "/services.csv" + filters.suffix(),
                List.of("service", "name", "owner", "inconveniences", "customers", "per-1000", "share", "trend"),
                services.stream().map(s -> {
                    var service = described.of(s.service());
                    return row(new Table.Link(s.service().value(), "/services/" + segment(s.service().value()) + filters.suffix()),
                            service.name(), service.owner().orElse(null), s.inconveniences(), s.customers(),
                            number(s.per1000Customers()), share(s.share()), trend(s.weekly()));
                }).toList());
    }

    /** The overview's short list: the services behind most inconveniences; its CSV is the whole ranking. */
    Table topServices(Filters filters, List<ServiceFigures> services, Services described) {
        return new Table("top-services", "/services.csv" + filters.suffix(), List.of("service", "inconveniences", "share", "trend"),
                services.stream().map(s -> row(new Table.Link(described.of(s.service()).name(),
                        "/services/" + segment(s.service().value()) + filters.suffix()), s.inconveniences(), share(s.share()),
                        trend(s.weekly()))).toList());
    }

    Table rules(Filters filters, List<RuleFigures> rules, String csvUrl, java.util.function.Function<RuleFigures, String> description) {
        return new Table("rules", csvUrl + filters.suffix(),
                List.of("rule", "description", "inconveniences", "customers", "share", "trend"),
                rules.stream().map(r -> row(new Table.Link(r.rule().value(), "/inconvenience-types/" + segment(r.rule().value())
                        + filters.suffix()), description.apply(r), r.inconveniences(), r.customers(), share(r.share()),
                        trend(r.weekly()))).toList());
    }

    Table weeks(Filters filters, List<WeekFigures> weeks) {
        return new Table("weeks", "/weeks.csv" + filters.suffix(),
                List.of("week", "inconveniences", "complaints", "inbound", "served", "aht-s", "fcr", "repeat-rate"),
                weeks.stream().map(w -> row(w.week().toString(), w.inconveniences(), w.complaints(), w.inbound(), w.served(),
                        number(w.ahtSeconds()), share(w.fcr()), share(w.repeatRate()))).toList());
    }

    Table channels(Filters filters, String service, Map<String, Long> channels) {
        return new Table("channels", "/services/" + segment(service) + "/channels.csv" + filters.suffix(),
                List.of("channel", "inconveniences"),
                channels.entrySet().stream().map(e -> row(e.getKey().isEmpty() ? charts.text("channel.none") : e.getKey(),
                        e.getValue())).toList());
    }

    Table retention(Filters filters, List<RetentionFigures> buckets) {
        return new Table("retention", "/retention.csv" + filters.suffix(), List.of("bucket", "customers", "closed", "closed-share"),
                buckets.stream().map(b -> row(b.bucket().label(), b.customers(), b.closed(), share(b.closedShare()))).toList());
    }

    Table depth(Filters filters, List<DepthFigures> buckets) {
        return new Table("depth", "/relationship-depth.csv" + filters.suffix(),
                List.of("bucket", "customers", "products", "tenure-years", "spend"),
                buckets.stream().map(b -> row(b.bucket().label(), b.customers(), number(b.products()), number(b.tenureYears()),
                        number(b.spend()))).toList());
    }

    static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    static Double number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    static Table.Share share(OptionalDouble value) {
        return value.isPresent() ? new Table.Share(value.getAsDouble()) : null;
    }

    static String segment(String value) {
        return UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private Table.Trend trend(List<Long> weekly) {
        return new Table.Trend(weekly, charts.sparkline(weekly));
    }
}
