package dev.outward.events;

import java.sql.SQLException;
import java.sql.Statement;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import tools.jackson.databind.json.JsonMapper;

/** Appends validated drafts of one import worker to its own scratch table (DuckDB's appender: bulk, not row INSERTs). */
final class StagingTable implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DuckDBConnection connection;
    private final DuckDBAppender appender;
    private final int part;
    private long rows;

    StagingTable(DuckDBConnection connection, String table, int part) throws SQLException {
        this.connection = connection;
        this.part = part;
        try (Statement statement = connection.createStatement()) {
            statement.execute(Schema.createStaging(table));
        }
        int dot = table.indexOf('.');
        this.appender = connection.createAppender(table.substring(0, dot), "main", table.substring(dot + 1));
    }

    void append(long line, Draft draft) throws SQLException {
        appender.beginRow();
        appender.append(part);
        appender.append(line);
        appender.append((String) draft.id);
        appender.append(draft.timeMicros);
        appender.append((String) draft.customer);
        appender.append(draft.eventType.wireName());
        appender.append((String) draft.channel);
        appender.append((String) draft.service);
        appender.append((String) draft.reason);
        for (Object value : draft.typed) {
            switch (value) {
                case null -> appender.appendNull();
                case String s -> appender.append(s);
                case Double d -> appender.append(d.doubleValue());
                case Integer i -> appender.append(i.intValue());
                case Long l -> appender.append(l.longValue());
                case Boolean b -> appender.append(b.booleanValue());
                default -> throw new IllegalStateException("Unexpected attr value " + value.getClass());
            }
        }
        appender.append(draft.extraAttrs.isEmpty() ? null : JSON.writeValueAsString(draft.extraAttrs));
        appender.endRow();
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try {
            appender.close();
        } finally {
            connection.close();
        }
    }
}
