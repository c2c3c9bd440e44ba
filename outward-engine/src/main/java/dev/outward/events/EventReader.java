package dev.outward.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.outward.store.Database;
import dev.outward.store.SqlTime;

/** Reads events back in the shape they were sent, the typed attribute columns folded back into attrs. */
final class EventReader {

    private final Database database;

    EventReader(Database database) {
        this.database = database;
    }

    List<StoredEvent> find(EventQuery query) {
        var parameters = new ArrayList<Object>();
        query.customer().ifPresent(c -> parameters.add(c.value()));
        var where = new ArrayList<String>();
        query.type().ifPresent(t -> { parameters.add(t.wireName()); where.add("type = $" + parameters.size()); });
        parameters.add(query.limit());
        String period = SqlTime.period("time", query.from(), query.before());
        String rows = query.customer().isPresent()
                ? "SELECT * FROM (" + CustomerIndex.rowsOf(database, select(), query.customer().get().value(), period) + ")"
                : select() + " WHERE true" + period;
        String sql = "SELECT * FROM (" + rows + ")" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY time, id LIMIT $" + parameters.size();
        return database.sql().query(sql, this::event, parameters.toArray());
    }

    Optional<StoredEvent> get(String source, String id) {
        return database.sql().query(select() + " WHERE source = ? AND id = ?", this::event, source, id).stream().findFirst();
    }

    Optional<StoredEvent> get(String source, String id, java.time.Instant time) {
        return database.sql().query(select() + " WHERE time = ? AND source = ? AND id = ?", this::event,
                java.time.LocalDateTime.ofInstant(time, ZoneOffset.UTC), source, id).stream().findFirst();
    }

    private static String select() {
        String attrColumns = Arrays.stream(AttrColumn.values()).map(c -> c.column).collect(Collectors.joining(", "));
        return "SELECT source, id, time, customer, type, channel, service, reason, " + attrColumns
                + ", CAST(attrs AS VARCHAR) FROM events";
    }

    private StoredEvent event(ResultSet row) throws SQLException {
        Map<String, Object> attrs = new LinkedHashMap<>();
        var type = EventType.fromWire(row.getString(5)).orElseThrow();
        int column = 9;
        for (AttrColumn attr : AttrColumn.values()) {
            Object value = row.getObject(column++);
            if (value != null) {
                attrs.put(wireKey(type, attr), value instanceof java.sql.Timestamp t ? t.toLocalDateTime().toInstant(ZoneOffset.UTC) : value);
            }
        }
        String extra = row.getString(column);
        if (extra != null && LineParser.parseValue(extra) instanceof Map<?, ?> more) {
            more.forEach((k, v) -> attrs.put((String) k, v));
        }
        return new StoredEvent(row.getString(1), row.getString(2), row.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8), attrs);
    }

    private static String wireKey(EventType type, AttrColumn column) {
        return switch (column) {
            case ORDER_REF -> "order";
            case INITIATED_BY -> "by";
            case END_TIME -> "end";
            default -> column.column;
        };
    }
}
