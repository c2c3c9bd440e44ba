package dev.outward.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import dev.outward.store.Database;

/**
 * Imports one file as one transaction: every valid row is stored or none is. Rows are parsed and validated
 * in parallel into scratch tables; one INSERT … SELECT then moves them into the store, skipping duplicates.
 */
public final class Import {

    private final Database database;
    private final Path file;
    private SourceName source = SourceName.IMPORT;
    private Mapping mapping;
    private ImportProgress progress = ImportProgress.NONE;
    private int maxRejections = 1_000_000;
    private boolean trustedRows;
    private String recordedAs;

    Import(Database database, Path file) {
        this.database = database;
        this.file = file;
    }

    public Import source(SourceName source) {
        this.source = Objects.requireNonNull(source);
        return this;
    }

    public Import mapping(Mapping mapping) {
        this.mapping = mapping;
        return this;
    }

    public Import progress(ImportProgress progress) {
        this.progress = Objects.requireNonNull(progress);
        return this;
    }

    /**
     * The file holds rows that {@link EventFormat#check} produced (the collector's write-ahead log): already
     * validated, in the store's typed shape, so DuckDB's parallel JSON reader loads them directly.
     */
    public Import trustedRows() {
        this.trustedRows = true;
        return this;
    }

    /**
     * The name the import is recorded under (its {@code imports} row) when the file read is a copy, such as an
     * upload the server stored under a temporary path that means nothing to whoever sent it. By default the file's
     * absolute path.
     */
    public Import recordedAs(String name) {
        this.recordedAs = Objects.requireNonNull(name);
        return this;
    }

    /** Beyond this many rejected rows the file is refused whole: it is probably the wrong file or mapping. */
    public Import maxRejections(int maxRejections) {
        this.maxRejections = maxRejections;
        return this;
    }

    public ImportResult run() {
        var startedAt = java.time.Instant.now();
        checkReadable();
        int batch = (int) database.sql().queryLong("SELECT nextval('batch_seq')");
        var staged = new Staged(batch);
        try {
            if (trustedRows) {
                new TrustedRowStaging(database, file).stage(staged);
            } else if (mapping == null) {
                new LineStaging(database, file, progress, maxRejections).stage(staged);
            } else {
                stageMappedRows(staged);
            }
            String recorded = recordedAs == null ? file.toAbsolutePath().toString() : recordedAs;
            return new Storing(database, file, recorded, source, staged, startedAt).store();
        } catch (NdjsonChunk.TooManyRejections e) {
            throw new ImportException(file, e.getMessage(), e);
        } catch (SQLException e) {
            throw new ImportException(file, "the store refused the rows: " + e.getMessage(), e);
        } finally {
            staged.tables().forEach(table -> database.execute("DROP TABLE IF EXISTS " + table));
        }
    }

    private void checkReadable() {
        if (!Files.exists(file)) {
            throw new ImportException(file, "no such file");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportException(file, "not a readable file");
        }
        if (mapping == null && !"NDJSON".equals(MappedRows.kind(file))) {
            throw new ImportException(file, "a " + MappedRows.kind(file) + " file needs a mapping to the event format"
                    + " (--map FILE.sql); see examples/ for worked mappings");
        }
    }

    private void stageMappedRows(Staged staged) throws SQLException {
        String table = Schema.stagingTable(staged.batch, 0);
        var rows = new MappedRows();
        try (var connection = database.newConnection();
             var staging = staged.add(new StagingTable(database.newConnection(), table, 0))) {
            var done = new AtomicLong();
            rows.read(connection, file, mapping, staging, done, maxRejections);
            progress.advanced(done.get(), done.get(), done.get());
        }
        staged.read = rows.rowsRead;
        staged.rejections.addAll(rows.rejections);
    }
}
