package dev.outward.events;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends one import worker's validated drafts to scratch tables, one per event type.
 * <p>
 * DuckDB's appender costs about the same for a NULL as for a value, and an event fills at most six of the 22
 * typed attribute columns, so a narrow table per type stages rows two to three times faster than one wide table.
 * The worker appends inside one transaction: in autocommit every flush of the appender (each 2,048 rows) commits
 * on its own, and that made staging three to four times slower.
 */
final class StagingTable implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // neither part nor type: a table holds one worker's events of one type, so its SELECT gives both as constants
    private static final String BASE_COLUMNS = "line BIGINT, id VARCHAR, time_us BIGINT, customer VARCHAR,"
            + " channel VARCHAR, service VARCHAR, reason VARCHAR";

    private final DuckDBConnection connection;
    private final String prefix;
    private final int part;
    private final Map<EventType, DuckDBAppender> appenders = new EnumMap<>(EventType.class);
    private final List<String> tables = new ArrayList<>();

    StagingTable(DuckDBConnection connection, String prefix, int part) throws SQLException {
        connection.setAutoCommit(false);
        this.connection = connection;
        this.prefix = prefix;
        this.part = part;
    }

    void append(long line, Draft draft) throws SQLException {
        var appender = appenders.get(draft.eventType);
        if (appender == null) {
            appender = create(draft.eventType);
        }
        appender.beginRow();
        appender.append(line);
        appender.append((String) draft.id);
        appender.append(draft.timeMicros);
        appender.append((String) draft.customer);
        appender.append((String) draft.channel);
        appender.append((String) draft.service);
        appender.append((String) draft.reason);
        for (AttrColumn column : WellKnownAttrs.columns(draft.eventType)) {
            switch (draft.typed[column.ordinal()]) {
                case null -> appender.appendNull();
                case String s -> appender.append(s);
                case Double d -> appender.append(d.doubleValue());
                case Integer i -> appender.append(i.intValue());
                case Long l -> appender.append(l.longValue());
                case Boolean b -> appender.append(b.booleanValue());
                default -> throw new IllegalStateException("Unexpected attr value " + draft.typed[column.ordinal()]);
            }
        }
        appender.append(draft.extraAttrs.isEmpty() ? null : JSON.writeValueAsString(draft.extraAttrs));
        appender.endRow();
    }

    /** SELECTs giving every staged row in the wide shape, for the union the importer stores from. */
    List<String> selects() {
        return appenders.keySet().stream().map(type -> {
            var own = WellKnownAttrs.columns(type);
            String attrs = java.util.Arrays.stream(AttrColumn.values())
                    .map(c -> own.contains(c) ? c.column : "NULL::" + c.stagingType() + " AS " + c.column)
                    .collect(Collectors.joining(", "));
            return "SELECT %d AS part, line, id, time_us, customer, '%s' AS type, channel, service, reason, %s, attrs FROM %s"
                    .formatted(part, type.wireName(), attrs, table(type));
        }).toList();
    }

    List<String> tables() {
        return tables;
    }

    private DuckDBAppender create(EventType type) throws SQLException {
        String table = table(type);
        String attrColumns = WellKnownAttrs.columns(type).stream().map(c -> ", " + c.column + " " + c.stagingType())
                .collect(Collectors.joining());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (" + BASE_COLUMNS + attrColumns + ", attrs VARCHAR)");
        }
        tables.add(table);
        int dot = table.indexOf('.');
        var appender = connection.createAppender(table.substring(0, dot), "main", table.substring(dot + 1));
        appenders.put(type, appender);
        return appender;
    }

    private String table(EventType type) {
        return prefix + "_" + type.wireName();
    }

    /** Makes the staged rows visible to the connection that stores them. */
    @Override
    public void close() throws SQLException {
        try {
            for (var appender : appenders.values()) {
                appender.close();
            }
            connection.commit();
        } finally {
            connection.close();
        }
    }
}
