package dev.outward.events;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.outward.store.Database;

/**
 * Stages rows that {@link EventFormat#check} already validated and wrote in the store's typed shape (the
 * collector's write-ahead log): DuckDB's parallel JSON reader loads them without any parsing in Java.
 */
final class TrustedRowStaging {

    private static final String COLUMNS = Stream.of(
                    Stream.of("id: 'VARCHAR'", "time_us: 'BIGINT'", "customer: 'VARCHAR'", "type: 'VARCHAR'",
                            "channel: 'VARCHAR'", "service: 'VARCHAR'", "reason: 'VARCHAR'"),
                    Arrays.stream(AttrColumn.values()).map(c -> c.column + ": '" + c.stagingType() + "'"),
                    Stream.of("attrs: 'VARCHAR'"))
            .flatMap(s -> s).collect(Collectors.joining(", "));

    private final Database database;
    private final Path file;

    TrustedRowStaging(Database database, Path file) {
        this.database = database;
        this.file = file;
    }

    void stage(Staged staged) {
        String table = Schema.stagingTable(staged.batch, 0);
        database.execute("CREATE TABLE " + table + " AS SELECT 0 AS part, row_number() OVER () AS line, * FROM read_json('"
                + file.toAbsolutePath().toString().replace("'", "''") + "', format = 'newline_delimited', columns = {" + COLUMNS + "})");
        staged.addTable(table, "SELECT * FROM " + table);
        staged.read = database.sql().queryLong("SELECT count(*) FROM " + table);
    }
}
