package dev.outward.web;

import java.text.NumberFormat;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A table as a page shows it and as its CSV download has it. Column names are stable, machine-friendly words: the
 * CSV header uses them, the page shows the message {@code column.<name>}. Cells are plain values, or a {@link Link},
 * a {@link Share} or a {@link Trend}, which the page shows as a link, a percentage or a sparkline and the CSV as
 * text, a fraction or the counts.
 */
public record Table(String name, String csvUrl, List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(java.util.Collections::unmodifiableList).toList();
    }

    /** A cell that links somewhere on the page. */
    public record Link(String text, String href) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A part of a whole, 0 to 1. */
    public record Share(double fraction) {
        @Override
        public String toString() {
            return String.valueOf(fraction);
        }
    }

    /** Counts per week, drawn as a sparkline from an ECharts option. */
    public record Trend(List<Long> counts, String chart) {
        @Override
        public String toString() {
            return counts.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
        }
    }

    /** Numbers and shares are right-aligned. */
    public boolean number(Object cell) {
        return cell instanceof Number || cell instanceof Share;
    }

    public boolean link(Object cell) {
        return cell instanceof Link;
    }

    public boolean trend(Object cell) {
        return cell instanceof Trend;
    }

    /** What the page shows: grouped numbers, at most two decimals, percentages with one. */
    public String text(Object cell) {
        var locale = LocaleContextHolder.getLocale();
        return switch (cell) {
            case null -> "–";
            case Long n -> NumberFormat.getIntegerInstance(locale).format(n);
            case Integer n -> NumberFormat.getIntegerInstance(locale).format(n);
            case Double d -> decimals(locale, 2).format(d);
            case Share s -> decimals(locale, 1).format(s.fraction() * 100) + " %";
            default -> cell.toString();
        };
    }

    /** What the CSV and the page's data-value attribute hold. */
    public String value(Object cell) {
        return cell == null ? "" : cell.toString();
    }

    public String column(int index) {
        return columns.get(index);
    }

    private static NumberFormat decimals(java.util.Locale locale, int digits) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(digits);
        return format;
    }
}
