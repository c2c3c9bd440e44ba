package dev.outward.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options, built on the server and handed to the page as JSON in a {@code data-chart} attribute (the CSP
 * allows no inline script). Every chart has a title and named axes with their unit, large type for projectors, no
 * animation (a chart is complete when drawn), and tooltips drawn inside the canvas (HTML tooltips would need inline
 * styles). Texts are message keys.
 */
@Component
class Charts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> COLOURS = List.of("#1d4ed8", "#b91c1c", "#047857", "#b45309", "#6d28d9", "#0e7490");

    /**
     * A value axis: its name (a message key that states the unit), how labels read ({@code {value} %}), and whether it
     * starts at the data rather than at zero, so that small movements show.
     */
    record Axis(String name, String format, boolean zoomed) {
        Axis(String name, String format) {
            this(name, format, false);
        }

        static Axis of(String name) {
            return new Axis(name, "{value}");
        }
    }

    /**
     * A series: its name (a message key), {@code line} or {@code bar}, values, its axis (0 left, 1 right), and
     * categories to shade across the chart with a label (a message key), to point at something.
     */
    record Series(String name, String type, List<? extends Number> data, int axis, List<String> marked, String markLabel) {
        Series(String name, String type, List<? extends Number> data, int axis) {
            this(name, type, data, axis, List.of(), null);
        }
    }

    private final MessageSource messages;

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    /** Series over categories (weeks, buckets, rules…) on one or two value axes. */
    String of(String title, String categoriesName, List<String> categories, List<Axis> axes, List<Series> series) {
        var option = base(title);
        option.put("legend", Map.of("top", 32, "textStyle", Map.of("fontSize", 14)));
        option.put("xAxis", Map.of("type", "category", "data", categories, "name", text(categoriesName), "nameLocation", "middle",
                "nameGap", 34, "nameTextStyle", Map.of("fontSize", 14), "axisLabel", Map.of("fontSize", 13)));
        var yAxes = new ArrayList<Map<String, Object>>();
        for (var axis : axes) {
            yAxes.add(Map.of("type", "value", "name", text(axis.name()), "nameLocation", "middle", "nameGap", 62, "scale", axis.zoomed(),
                    "nameTextStyle", Map.of("fontSize", 14), "axisLabel", Map.of("fontSize", 13, "formatter", axis.format())));
        }
        option.put("yAxis", yAxes);
        option.put("series", series.stream().map(s -> {
            var shown = new LinkedHashMap<String, Object>();
            shown.put("name", text(s.name()));
            shown.put("type", s.type());
            shown.put("data", s.data());
            shown.put("yAxisIndex", s.axis());
            if (s.type().equals("line")) {
                shown.put("symbolSize", 6);
                shown.put("lineStyle", Map.of("width", 3));
                shown.put("connectNulls", false);
            }
            if (!s.marked().isEmpty()) {
                shown.put("markArea", Map.of("itemStyle", Map.of("color", "rgba(185, 28, 28, 0.12)"),
                        "label", Map.of("show", false),
                        "data", s.marked().stream().map(c -> List.of(Map.of("xAxis", c, "name", text(s.markLabel())),
                                Map.of("xAxis", c))).toList()));
            }
            return shown;
        }).toList());
        return json(option);
    }

    /** One bar per category, with its value (and an optional label text per bar) written on it. */
    String bars(String title, String categoriesName, List<String> categories, Axis axis, List<? extends Number> values,
                List<String> labels) {
        var option = base(title);
        option.put("xAxis", Map.of("type", "category", "data", categories, "name", text(categoriesName), "nameLocation", "middle",
                "nameGap", 34, "nameTextStyle", Map.of("fontSize", 14), "axisLabel", Map.of("fontSize", 14, "interval", 0)));
        option.put("yAxis", Map.of("type", "value", "name", text(axis.name()), "nameLocation", "middle", "nameGap", 62,
                "nameTextStyle", Map.of("fontSize", 14), "axisLabel", Map.of("fontSize", 13, "formatter", axis.format())));
        var data = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < values.size(); i++) {
            var bar = new LinkedHashMap<String, Object>();
            bar.put("value", values.get(i));
            if (labels != null) {
                bar.put("label", Map.of("show", true, "position", "top", "fontSize", 14, "formatter", labels.get(i)));
            }
            data.add(bar);
        }
        option.put("series", List.of(Map.of("type", "bar", "name", text(axis.name()), "data", data, "barMaxWidth", 90)));
        return json(option);
    }

    /** A small line without axes, for a table cell. */
    String sparkline(List<Long> counts) {
        var option = new LinkedHashMap<String, Object>();
        option.put("animation", false);
        option.put("color", COLOURS);
        option.put("grid", Map.of("left", 2, "right", 2, "top", 3, "bottom", 3));
        option.put("xAxis", Map.of("type", "category", "show", false, "data", counts.stream().map(c -> "").toList()));
        option.put("yAxis", Map.of("type", "value", "show", false, "min", 0));
        option.put("series", List.of(Map.of("type", "line", "data", counts, "symbol", "none", "lineStyle", Map.of("width", 2),
                "areaStyle", Map.of("opacity", 0.15))));
        return json(option);
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private Map<String, Object> base(String title) {
        var option = new LinkedHashMap<String, Object>();
        option.put("animation", false);
        option.put("color", COLOURS);
        option.put("title", Map.of("text", text(title), "left", 0, "textStyle", Map.of("fontSize", 17)));
        option.put("tooltip", Map.of("trigger", "axis", "renderMode", "richText", "textStyle", Map.of("fontSize", 14)));
        option.put("grid", Map.of("left", 78, "right", 78, "top", 78, "bottom", 52));
        return option;
    }

    static String json(Object option) {
        return JSON.writeValueAsString(option);
    }
}
