package dev.outward.events;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.duckdb.DuckDBConnection;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a {@link Mapping} over a CSV, NDJSON or Parquet file inside DuckDB and validates its rows exactly like
 * NDJSON lines. A row's "line" is its position in the mapping's output.
 */
final class MappedRows {

    private static final List<String> COLUMNS = List.of("id", "time", "customer", "type", "channel", "service", "reason", "attrs");
    private static final Set<String> REQUIRED = Set.of("id", "time", "type");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    long rowsRead;
    final List<Rejection> rejections = new ArrayList<>();

    void read(DuckDBConnection connection, Path file, Mapping mapping, StagingTable staging, AtomicLong progress,
              int maxRejections) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP VIEW source AS SELECT * FROM " + reader(file));
        } catch (SQLException e) {
            throw new ImportException(file, "cannot read it as " + kind(file) + ": " + firstLine(e.getMessage()), e);
        }
        String select = select(connection, file, mapping.resolvedFor(file));
        var parser = new LineParser();
        var validation = new Validation();
        var draft = new Draft();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(select)) {
            while (rows.next()) {
                rowsRead++;
                draft.reset();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String value = rows.getString(i + 1);
                    draft.set(COLUMNS.get(i), "attrs".equals(COLUMNS.get(i)) && value != null ? LineParser.parseValue(value) : value);
                }
                String reason = validation.check(draft);
                if (reason == null) {
                    staging.append(rowsRead, draft);
                } else if (rejections.size() >= maxRejections) {
                    throw new NdjsonChunk.TooManyRejections(maxRejections);
                } else {
                    rejections.add(new Rejection(file.getFileName().toString(), rowsRead, reason, raw(rows)));
                }
                if ((rowsRead & 0x3FFF) == 0) {
                    progress.set(rowsRead);
                }
            }
        } catch (SQLException e) {
            throw new ImportException(file, "mapping " + mapping.name() + " failed: " + firstLine(e.getMessage()), e);
        }
        progress.set(rowsRead);
    }

    /** Casts the mapping's columns to the event format's; a missing or unknown column is the mapping's fault. */
    private static String select(DuckDBConnection connection, Path file, String mappingSql) throws SQLException {
        var types = new LinkedHashMap<String, String>();
        try (Statement statement = connection.createStatement();
             ResultSet empty = statement.executeQuery("SELECT * FROM (" + mappingSql + ") LIMIT 0")) {
            var meta = empty.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnTypeName(i));
            }
        } catch (SQLException e) {
            throw new ImportException(file, "the mapping failed: " + firstLine(e.getMessage()), e);
        }
        for (String column : types.keySet()) {
            if (!COLUMNS.contains(column)) {
                throw new ImportException(file, "the mapping returns a column \"" + column + "\" that the event format"
                        + " does not have; its columns are " + String.join(", ", COLUMNS));
            }
        }
        var missing = REQUIRED.stream().filter(c -> !types.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new ImportException(file, "the mapping does not return the required column(s) " + String.join(", ", missing));
        }
        var expressions = COLUMNS.stream().map(c -> expression(c, types.get(c))).toList();
        return "SELECT " + String.join(", ", expressions) + " FROM (" + mappingSql + ") m";
    }

    private static String expression(String column, String type) {
        if (type == null) {
            return "NULL";
        }
        String ref = "m.\"" + column + "\"";
        if ("time".equals(column) && type.startsWith("TIMESTAMP WITH TIME ZONE")) {
            return "strftime(timezone('UTC', " + ref + "), '%Y-%m-%dT%H:%M:%S.%fZ')";
        }
        if ("time".equals(column) && (type.startsWith("TIMESTAMP") || type.equals("DATE"))) {
            return "strftime(" + ref + "::TIMESTAMP, '%Y-%m-%dT%H:%M:%S.%fZ')";
        }
        return "attrs".equals(column) ? "CAST(to_json(" + ref + ") AS VARCHAR)" : "CAST(" + ref + " AS VARCHAR)";
    }

    private static String raw(ResultSet rows) throws SQLException {
        var row = new LinkedHashMap<String, Object>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String value = rows.getString(i + 1);
            if (value != null) {
                row.put(COLUMNS.get(i), "attrs".equals(COLUMNS.get(i)) ? LineParser.parseValue(value) : value);
            }
        }
        return JSON.writeValueAsString(row);
    }

    static String reader(Path file) {
        String path = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        return switch (kind(file)) {
            case "CSV" -> "read_csv(" + path + ", header = true)";
            case "Parquet" -> "read_parquet(" + path + ")";
            default -> "read_json(" + path + ")";
        };
    }

    static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".csv.gz")) {
            return "CSV";
        }
        if (name.endsWith(".parquet")) {
            return "Parquet";
        }
        return "NDJSON";
    }

    /** DuckDB's message without its generic JDBC wrapper line, up to the echo of the query. */
    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        var lines = new ArrayList<String>();
        for (String line : message.split("\n")) {
            if (line.isBlank() || line.startsWith("LINE ")) {
                break;
            }
            if (!line.contains("unsuccessful or closed pending query result")) {
                lines.add(line.startsWith("Error: ") ? line.substring(7) : line);
            }
        }
        return lines.isEmpty() ? message.strip() : String.join(" ", lines);
    }
}
