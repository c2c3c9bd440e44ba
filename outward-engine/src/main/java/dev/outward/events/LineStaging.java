package dev.outward.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.outward.store.Database;
import dev.outward.store.StoreException;

/**
 * Stages an event-format NDJSON file: one worker per core parses and validates its chunk of lines into its own
 * scratch tables; line numbers of rejections are made absolute once every chunk has counted its lines.
 */
final class LineStaging {

    private final Database database;
    private final Path file;
    private final ImportProgress progress;
    private final int maxRejections;

    LineStaging(Database database, Path file, ImportProgress progress, int maxRejections) {
        this.database = database;
        this.file = file;
        this.progress = progress;
        this.maxRejections = maxRejections;
    }

    void stage(Staged staged) throws SQLException {
        long size = size();
        var chunks = Chunks.split(file, size, Runtime.getRuntime().availableProcessors());
        var bytes = new AtomicLong();
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
                    chunk.read(file, file.getFileName().toString(), staging, bytes, rows, maxRejections);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        await(workers, bytes, size, rows);
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

    private void await(List<Thread> workers, AtomicLong bytes, long size, AtomicLong rows) {
        try {
            for (var worker : workers) {
                while (!worker.join(Duration.ofMillis(200))) {
                    progress.advanced(bytes.get(), size, rows.get());
                }
            }
            progress.advanced(bytes.get(), size, rows.get());
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
}
