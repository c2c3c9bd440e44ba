package dev.outward.web;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.outward.events.ImportRecord;
import dev.outward.events.Inventory;
import dev.outward.inconvenience.Detections;
import dev.outward.server.Store;

/** The data page's tables, shared by the page, its CSV downloads and the API so that all three agree. */
@Component
class DataTables {

    static final int PAGE = 50;
    static final int RECENT_IMPORTS = 20;
    static final int MOST_CSV_ROWS = 100_000;

    static final int RECENT_RUNS = 15;

    private final Store store;
    private final Detections detections;

    DataTables(Store store, Detections detections) {
        this.store = store;
        this.detections = detections;
    }

    /** The latest detection runs: when, how, what they changed. */
    Table runs() {
        return new Table("runs", "/data/runs.csv",
                List.of("run", "started", "mode", "why", "from", "added", "removed", "total", "duration-ms"),
                detections.history(RECENT_RUNS).stream().map(r -> java.util.Arrays.<Object>asList(r.run(), Times.utc(r.startedAt()),
                        r.mode().name().toLowerCase(java.util.Locale.ROOT), r.why(), r.from().map(Times::utc).orElse(null),
                        r.added(), r.removed(), r.total(), r.duration().toMillis())).toList());
    }

    Table stored() {
        var counts = store.events(events -> events.inventory().counts());
        return new Table("stored", "/data/stored.csv", List.of("source", "type", "events", "first", "last"),
                counts.stream().map(c -> List.<Object>of(c.source(), c.type(), c.events(), Times.utc(c.first()),
                        Times.utc(c.last()))).toList());
    }

    List<ImportRecord> recentImports(int limit) {
        return store.events(events -> events.recentImports(limit));
    }

    Table imports() {
        return new Table("imports", "/data/imports.csv",
                List.of("batch", "source", "file", "finished", "read", "stored", "duplicates", "rejected"),
                recentImports(RECENT_IMPORTS).stream().map(i -> java.util.Arrays.<Object>asList(i.batch(), i.source(), i.file(),
                        Times.utc(i.finishedAt()), i.read(), i.stored(), i.duplicates(), i.rejected())).toList());
    }

    List<Inventory.Quarantined> quarantine(long offset, int limit) {
        return store.events(events -> events.inventory().quarantine(offset, limit));
    }

    long quarantined() {
        return store.events(events -> events.inventory().quarantined());
    }

    Table quarantine(int page, int size) {
        return new Table("quarantine", "/data/quarantine.csv", List.of("batch", "source", "file", "line", "reason", "raw"),
                quarantine((long) page * size, size).stream().map(q -> java.util.Arrays.<Object>asList(q.batch(), q.source(),
                        q.file(), q.line(), q.reason(), q.raw())).toList());
    }
}
