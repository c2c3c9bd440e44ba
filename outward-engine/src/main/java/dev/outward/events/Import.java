package dev.outward.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import dev.outward.store.Database;
import dev.outward.store.StoreException;

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
                stageTrustedRows(staged);
            } else if (mapping == null) {
                stageLines(staged);
            } else {
                stageMappedRows(staged);
            }
            return new Storing(database, file, source, staged, startedAt).store();
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

    private void stageLines(Staged staged) throws SQLException {
        long size = size();
        var chunks = Chunks.split(file, size, Runtime.getRuntime().availableProcessors());
        var done = new AtomicLong();
        var rows = new AtomicLong();
        var workers = new ArrayList<Thread>();
        var failures = new ArrayList<Throwable>();
        for (int part = 0; part < chunks.size(); part++) {
            var chunk = chunks.get(part);
            String table = Schema.stagingTable(staged.batch, part);
            int index = part;
            // DuckDB's appender belongs to the thread that created it, so each worker makes its own.
            workers.add(Thread.ofPlatform().name("import-" + part).start(() -> {
                try (var staging = staged.add(new StagingTable(database.newConnection(), table, index))) {
                    chunk.read(file, file.getFileName().toString(), staging, done, rows, maxRejections);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        awaitWithProgress(workers, done, size, rows);
        rethrow(failures);
        long lineBase = 0;
        for (var chunk : chunks) {
            staged.read += chunk.rowsRead;
            for (var rejection : chunk.rejections) {
                staged.rejections.add(new Rejection(rejection.file(), lineBase + rejection.line(), rejection.reason(), rejection.raw()));
            }
            lineBase += chunk.lines;
        }
    }

    private void stageTrustedRows(Staged staged) {
        String table = Schema.stagingTable(staged.batch, 0);
        String columns = java.util.stream.Stream.concat(
                java.util.stream.Stream.of("id: 'VARCHAR'", "time_us: 'BIGINT'", "customer: 'VARCHAR'", "type: 'VARCHAR'",
                        "channel: 'VARCHAR'", "service: 'VARCHAR'", "reason: 'VARCHAR'"),
                java.util.stream.Stream.concat(java.util.Arrays.stream(AttrColumn.values()).map(c -> c.column + ": '" + c.stagingType() + "'"),
                        java.util.stream.Stream.of("attrs: 'VARCHAR'"))).collect(java.util.stream.Collectors.joining(", "));
        database.execute("CREATE TABLE " + table + " AS SELECT 0 AS part, row_number() OVER () AS line, * FROM read_json('"
                + file.toAbsolutePath().toString().replace("'", "''") + "', format = 'newline_delimited', columns = {" + columns + "})");
        staged.addTable(table, "SELECT * FROM " + table);
        staged.read = database.sql().queryLong("SELECT count(*) FROM " + table);
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

    private void awaitWithProgress(List<Thread> workers, AtomicLong done, long total, AtomicLong rows) {
        try {
            for (var worker : workers) {
                while (!worker.join(java.time.Duration.ofMillis(200))) {
                    progress.advanced(done.get(), total, rows.get());
                }
            }
            progress.advanced(done.get(), total, rows.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(file, "interrupted; nothing of it was stored");
        }
    }

    private void rethrow(List<Throwable> failures) throws SQLException {
        if (failures.isEmpty()) {
            return;
        }
        switch (failures.getFirst()) {
            case LineParser.NotUtf8 e -> throw new ImportException(file, "is not UTF-8 text (" + e.getMessage()
                    + "); convert it first, e.g. iconv -f latin1 -t utf-8", e);
            case NdjsonChunk.TooManyRejections e -> throw e;
            case IOException e -> throw new ImportException(file, "cannot read it: " + e.getMessage(), e);
            case SQLException e -> throw e;
            case StoreException e -> throw e;
            case RuntimeException e -> throw e;
            case Throwable e -> throw new IllegalStateException(e);
        }
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read it: " + e.getMessage(), e);
        }
    }

    /** Rows waiting in scratch tables to be stored. */
    static final class Staged {
        final int batch;
        private final List<StagingTable> stagings = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<Rejection> rejections = new ArrayList<>();
        long read;

        Staged(int batch) {
            this.batch = batch;
        }

        StagingTable add(StagingTable staging) {
            stagings.add(staging);
            return staging;
        }

        private final List<String> ownTables = new ArrayList<>();
        private final List<String> ownSelects = new ArrayList<>();

        void addTable(String table, String select) {
            ownTables.add(table);
            ownSelects.add(select);
        }

        List<String> tables() {
            return java.util.stream.Stream.concat(ownTables.stream(), stagings.stream().flatMap(s -> s.tables().stream())).toList();
        }

        Optional<String> union() {
            var selects = java.util.stream.Stream.concat(ownSelects.stream(), stagings.stream().flatMap(s -> s.selects().stream())).toList();
            return selects.isEmpty() ? Optional.empty() : Optional.of(String.join(" UNION ALL ", selects));
        }
    }
}
