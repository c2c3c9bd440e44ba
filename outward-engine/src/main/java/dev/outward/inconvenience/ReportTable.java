package dev.outward.inconvenience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The report for a person at a terminal: sections, labels indented under them, figures right-aligned in one column,
 * integers grouped, ratios as percentages and averages with one decimal, units in the labels so the figures align.
 * {@code -} is a ratio without a denominator. Grouping is the same on every machine ({@code 1,234}), like the JSON.
 */
final class ReportTable {

    private record Row(String label, String figure) {
    }

    private final List<Row> rows = new ArrayList<>();

    private ReportTable() {
    }

    static String of(ReportFigures report, ReportFilter filter) {
        var table = new ReportTable();
        table.heading("Period " + period(report));
        var only = new ArrayList<String>();
        filter.channel().ifPresent(channel -> only.add("channel " + channel));
        filter.segment().ifPresent(segment -> only.add("segment " + segment));
        filter.service().ifPresent(service -> only.add("service " + service.value()));
        if (!only.isEmpty()) {
            // the figures of a filtered report look like anyone's: say whose they are
            table.heading("Only " + String.join(", ", only));
        }
        var customers = report.customers();
        table.heading("Customers");
        table.row("  active", count(customers.active()));
        table.row("  inconvenienced", count(customers.inconvenienced()));
        var inconveniences = report.inconveniences();
        table.row("Inconveniences", count(inconveniences.total()));
        table.row("  per 1,000 customers", decimal(inconveniences.per1000Customers()));
        table.row("  per complaint", decimal(report.inconveniencesPerComplaint()));
        table.heading("  by rule");
        inconveniences.byRule().forEach((rule, n) -> table.row("    " + rule.value(), count(n)));
        table.heading("  by service");
        inconveniences.byService().forEach((service, n) -> table.row("    " + service.value(), count(n)));
        table.row("Complaints", count(report.complaints()));
        var contacts = report.contacts();
        table.heading("Contacts");
        table.row("  inbound", count(contacts.inbound()));
        table.row("  served", count(contacts.served()));
        table.row("  average handle time (s)", decimal(contacts.ahtSeconds()));
        table.row("  first-contact resolution (%)", percent(contacts.fcr()));
        table.row("  repeat rate (%)", percent(contacts.repeatRate()));
        return table.text();
    }

    private void heading(String label) {
        rows.add(new Row(label, null));
    }

    private void row(String label, String figure) {
        rows.add(new Row(label, figure));
    }

    private String text() {
        int labels = rows.stream().filter(r -> r.figure() != null).mapToInt(r -> r.label().length()).max().orElse(0);
        int figures = rows.stream().filter(r -> r.figure() != null).mapToInt(r -> r.figure().length()).max().orElse(0);
        var text = new StringBuilder();
        for (var row : rows) {
            text.append(row.figure() == null ? row.label()
                    : String.format("%-" + labels + "s  %" + figures + "s", row.label(), row.figure())).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String period(ReportFigures report) {
        if (report.from().isEmpty() && report.to().isEmpty()) {
            return "all time (UTC)";
        }
        return report.from().map(from -> "from " + from + " ").orElse("") + report.to().map(to -> "to " + to + " ").orElse("")
                + "(inclusive, UTC)";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String decimal(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%,.1f", value.getAsDouble()) : "-";
    }

    private static String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? String.format(Locale.ROOT, "%.1f", fraction.getAsDouble() * 100) : "-";
    }
}
