package dev.outward.events;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The event format's rules for callers that must answer before anything is stored (collection). */
public final class EventFormat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Either a valid event, as a row in the store's own typed shape, or why it is not one. */
    public record Checked(String row, String problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    private EventFormat() {
    }

    /**
     * Checks an event given as a map and, when valid, renders it as one NDJSON row of typed columns (times as epoch
     * micros, dates as epoch days) that {@link Import#trustedRows()} loads with DuckDB's own JSON reader: the rules
     * run once, here, and the store never parses the event format again.
     */
    public static Checked check(Map<String, Object> event) {
        var draft = new Draft();
        draft.fill(event);
        String problem = new Validation().check(draft);
        if (problem != null) {
            return new Checked(null, problem);
        }
        var row = new LinkedHashMap<String, Object>();
        row.put("id", draft.id);
        row.put("time_us", draft.timeMicros);
        row.put("customer", draft.customer);
        row.put("type", draft.eventType.wireName());
        row.put("channel", draft.channel);
        row.put("service", draft.service);
        row.put("reason", draft.reason);
        for (AttrColumn column : AttrColumn.values()) {
            if (draft.typed[column.ordinal()] != null) {
                row.put(column.column, draft.typed[column.ordinal()]);
            }
        }
        if (!draft.extraAttrs.isEmpty()) {
            row.put("attrs", JSON.writeValueAsString(draft.extraAttrs));
        }
        String text = JSON.writeValueAsString(row);
        return text.length() > Validation.MAX_LINE_BYTES * 2
                ? new Checked(null, "event is over the 32 KB limit") : new Checked(text, null);
    }
}
