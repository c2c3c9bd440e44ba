package dev.outward.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

import dev.outward.store.Database;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one transaction that makes an import visible: staged rows into {@code events}, rejections into the
 * quarantine, and the import's record. A crash before COMMIT leaves the store as it was.
 */
final class Storing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Database database;
    private final Path file;
    private final String recordedAs;
    private final SourceName source;
    private final Staged staged;
    private final java.sql.Timestamp startedAt;

    Storing(Database database, Path file, String recordedAs, SourceName source, Staged staged, java.time.Instant startedAt) {
        this.database = database;
        this.file = file;
        this.recordedAs = recordedAs;
        this.source = source;
        this.staged = staged;
        this.startedAt = java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(startedAt, java.time.ZoneOffset.UTC));
    }

    ImportResult store() throws SQLException {
        Optional<Path> quarantine = staged.rejections.isEmpty() ? Optional.empty() : Optional.of(writeQuarantine());
        Connection connection = database.connection();
        connection.setAutoCommit(false);
        try {
            long stored = staged.union().isEmpty() ? 0 : storeStaged(connection, staged.union().get());
            if (stored > 0) {
                update(connection, Inventory.ADD_BATCH, staged.batch);
            }
            if (quarantine.isPresent()) {
                update(connection, """
                        INSERT INTO quarantine
                        SELECT $1, $2, file, line, reason, raw
                        FROM read_json($3, format = 'newline_delimited',
                                       columns = {file: 'VARCHAR', line: 'BIGINT', reason: 'VARCHAR', raw: 'VARCHAR'})""",
                        staged.batch, source.value(), quarantine.get().toAbsolutePath().toString());
            }
            long valid = staged.read - staged.rejections.size();
            update(connection, "INSERT INTO imports VALUES ($1, $2, $3, $4, now()::TIMESTAMP, $5, $6, $7, $8, $9)",
                    staged.batch, source.value(), recordedAs, startedAt, staged.read, stored,
                    valid - stored, (long) staged.rejections.size(), quarantine.map(Path::toString).orElse(null));
            connection.commit();
            return new ImportResult(file, source, staged.batch, staged.read, stored, valid - stored,
                    staged.rejections.size(), staged.rejections.stream().limit(ImportResult.FIRST_REJECTIONS).toList(), quarantine);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            quarantine.ifPresent(Storing::deleteQuietly);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private long storeStaged(Connection connection, String union) throws SQLException {
        boolean sourceHasEvents = exists(connection, "SELECT 1 FROM events WHERE source = $1", source.value());
        boolean idsRepeat = exists(connection, "SELECT id FROM (" + union + ") GROUP BY id HAVING count(*) > 1");
        // Events have no order of their own (rules and reports sort what they read), so DuckDB may write the
        // staged tables in parallel as they come.
        update(connection, "SET preserve_insertion_order = false");
        try {
            return update(connection, Schema.storeStaged(union, staged.batch, sourceHasEvents, idsRepeat), source.value());
        } finally {
            update(connection, "RESET preserve_insertion_order");
        }
    }

    private static boolean exists(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT EXISTS (" + sql + ")")) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private Path writeQuarantine() {
        var folder = database.dataDir().resolve("quarantine");
        // rejections are NDJSON whatever the file was; an NDJSON file's name keeps its one extension
        String name = file.getFileName().toString();
        var target = folder.resolve("batch-%06d-%s".formatted(staged.batch, name.endsWith(".ndjson") ? name : name + ".ndjson"));
        try {
            Files.createDirectories(folder);
            try (var writer = Files.newBufferedWriter(target)) {
                for (var rejection : staged.rejections) {
                    writer.write(JSON.writeValueAsString(rejection));
                    writer.newLine();
                }
            }
            return target;
        } catch (IOException e) {
            throw new ImportException(file, "cannot write the quarantine file " + target + ": " + e.getMessage(), e);
        }
    }

    private static long update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeLargeUpdate();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the rollback matters; a stray quarantine file of a failed import is harmless
        }
    }
}
