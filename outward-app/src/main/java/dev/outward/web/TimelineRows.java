package dev.outward.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.outward.events.StoredEvent;
import dev.outward.inconvenience.Evidence;
import dev.outward.inconvenience.Timeline;

/**
 * A customer's timeline as table rows (one per event, one per inconvenience right after the event it is counted on,
 * with the evidence in words) and as JSON for {@code /api/v1/customers/{id}/timeline}.
 */
@Component
class TimelineRows {

    static final List<String> COLUMNS = List.of("time", "entry", "what", "channel", "service", "source", "id", "details");

    private final Charts charts;

    TimelineRows(Charts charts) {
        this.charts = charts;
    }

    List<List<Object>> of(Timeline timeline) {
        var rows = new ArrayList<List<Object>>();
        for (var entry : timeline.entries()) {
            rows.add(switch (entry) {
                case Timeline.EventEntry e -> FigureTables.row(Times.utc(e.time()), "event", e.event().type(), e.event().channel(),
                        e.event().service(), e.event().source(), e.event().id(), details(e.event()));
                case Timeline.InconvenienceEntry i -> {
                    var found = i.evidence().inconvenience();
                    yield FigureTables.row(Times.utc(i.time()), "inconvenience", found.rule().value(), found.channel().orElse(null),
                            found.service().value(), found.event().source(), found.event().id(), evidence(i.evidence()));
                }
            });
        }
        return rows;
    }

    Map<String, Object> json(Timeline timeline) {
        var json = new LinkedHashMap<String, Object>();
        json.put("customer", timeline.customer().value());
        json.put("events", timeline.events().stream().map(EventRows::json).toList());
        json.put("inconveniences", timeline.inconveniences().stream().map(e -> {
            var found = e.inconvenience();
            var one = new LinkedHashMap<String, Object>();
            one.put("rule", found.rule().value());
            one.put("description", e.rule().map(r -> r.description()).orElse(null));
            one.put("time", found.time().toString());
            one.put("service", found.service().value());
            one.put("channel", found.channel().orElse(null));
            one.put("event", Map.of("source", found.event().source(), "id", found.event().id()));
            one.put("cause", found.cause().map(c -> Map.of("source", c.source(), "id", c.id())).orElse(null));
            return one;
        }).toList());
        json.put("truncated", timeline.truncated());
        json.put("earlier", timeline.earlier().map(Object::toString).orElse(null));
        return json;
    }

    private String evidence(Evidence evidence) {
        String counted = charts.text("timeline.counted-on", describe(evidence.event()));
        return evidence.cause().map(cause -> counted + "; " + charts.text("timeline.caused-by", describe(cause), Times.utc(cause.time())))
                .orElse(counted) + evidence.rule().map(r -> " — " + r.description()).orElse("");
    }

    private static String details(StoredEvent event) {
        var text = new StringBuilder();
        if (event.reason() != null) {
            text.append('"').append(event.reason()).append("\" ");
        }
        event.attrs().forEach((key, value) -> text.append(key).append('=').append(value).append(' '));
        return text.toString().strip();
    }

    private static String describe(StoredEvent event) {
        return event.type() + " " + event.id();
    }
}
