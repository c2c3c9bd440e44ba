package dev.outward.inconvenience;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON (the documented shape, keys in snake_case, in this order), as CSV (one metric per row,
 * for spreadsheets) and as a table for a person at a terminal, whose form may change as JSON and CSV may not.
 */
public final class ReportFormats {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportFormats() {
    }

    public static String json(ReportFigures report) {
        return JSON.writeValueAsString(tree(report));
    }

    /** {@code metric,value} rows; nested figures are named by path ({@code inconveniences.by_rule.transfer}). */
    public static String csv(ReportFigures report) {
        var lines = new StringBuilder("metric,value\n");
        flatten("", tree(report)).forEach((metric, value) ->
                lines.append(quoted(metric)).append(',').append(value == null ? "" : quoted(value.toString())).append('\n'));
        return lines.toString();
    }

    /**
     * For a person, not a program: sections, aligned labels and figures, percentages ({@link ReportTable}), and the
     * channel, segment or service {@code filter} chose.
     */
    public static String table(ReportFigures report, ReportFilter filter) {
        return ReportTable.of(report, filter);
    }

    static Map<String, Object> tree(ReportFigures report) {
        var root = new LinkedHashMap<String, Object>();
        root.put("from", report.from().map(Object::toString).orElse(null));
        root.put("to", report.to().map(Object::toString).orElse(null));
        root.put("customers", map("active", report.customers().active(), "inconvenienced", report.customers().inconvenienced()));
        var inconveniences = report.inconveniences();
        var byRule = new LinkedHashMap<String, Object>();
        inconveniences.byRule().forEach((rule, n) -> byRule.put(rule.value(), n));
        var byService = new LinkedHashMap<String, Object>();
        inconveniences.byService().forEach((service, n) -> byService.put(service.value(), n));
        root.put("inconveniences", map("total", inconveniences.total(), "per_1000_customers", value(inconveniences.per1000Customers()),
                "by_rule", byRule, "by_service", byService));
        root.put("complaints", report.complaints());
        root.put("inconveniences_per_complaint", value(report.inconveniencesPerComplaint()));
        var contacts = report.contacts();
        root.put("contacts", map("inbound", contacts.inbound(), "served", contacts.served(), "aht_s", value(contacts.ahtSeconds()),
                "fcr", value(contacts.fcr()), "repeat_rate", value(contacts.repeatRate())));
        return root;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Map<String, Object> flatten(String prefix, Map<String, Object> tree) {
        var rows = new LinkedHashMap<String, Object>();
        tree.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked") var child = (Map<String, Object>) nested;
                rows.putAll(flatten(prefix + key + ".", child));
            } else {
                rows.put(prefix + key, value);
            }
        });
        return rows;
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
