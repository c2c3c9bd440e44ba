package dev.outward.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.outward.events.EventFormat;
import dev.outward.events.EventStore;
import dev.outward.events.SourceName;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts Segment calls for a source: converts each to an Outward event, refuses (into the quarantine) what cannot
 * be one, and makes the rest durable in the source's write-ahead log before returning. {@link Applier} moves the
 * log into the store.
 */
public final class Collection implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path walRoot;
    private final CollectSettings settings;
    private final TrackMappings mappings;
    private final Map<SourceName, WriteAheadLog> logs = new ConcurrentHashMap<>();
    private final AtomicLong pending = new AtomicLong();

    public Collection(Path dataDir, CollectSettings settings) {
        this.walRoot = dataDir.resolve("wal");
        this.settings = settings;
        this.mappings = new TrackMappings(dataDir.resolve("collect"));
    }

    public TrackMappings mappings() {
        return mappings;
    }

    public Acceptance accept(SourceName source, Calls calls) {
        long waiting = pending.get();
        if (waiting >= settings.maxPending()) {
            throw new Overloaded(waiting, settings.maxPending(), settings.retryAfterSeconds());
        }
        var convert = new CallToEvent(mappings.of(source));
        var eventLines = new ArrayList<String>(calls.messages().size());
        var refusedLines = new ArrayList<String>();
        var refused = new ArrayList<Refusal>();
        for (int i = 0; i < calls.messages().size(); i++) {
            var message = calls.messages().get(i);
            String reason;
            try {
                var call = SegmentCall.of(message, calls.defaultType(), calls.context());
                var checked = EventFormat.check(convert.convert(call, calls.receivedAt(), calls.sentAt()));
                reason = checked.problem();
                if (checked.valid()) {
                    eventLines.add(checked.row());
                }
            } catch (SegmentCall.BadCall e) {
                reason = e.getMessage();
            }
            if (reason != null) {
                refused.add(new Refusal(i, reason));
                refusedLines.add(JSON.writeValueAsString(Map.of("index", i, "reason", reason, "raw", JSON.writeValueAsString(message))));
            }
        }
        try {
            log(source).append(eventLines, refusedLines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the write-ahead log of " + source, e);
        }
        pending.addAndGet(eventLines.size());
        return new Acceptance(eventLines.size(), refused);
    }

    /** Events acknowledged but not yet in the store. */
    public long pending() {
        return pending.get();
    }

    public Applier applier(EventStore store) {
        return new Applier(this, store);
    }

    WriteAheadLog log(SourceName source) {
        return logs.computeIfAbsent(source, s -> new WriteAheadLog(walRoot.resolve(s.value())));
    }

    /** Every source with a log on disk, including ones from before a restart. */
    List<SourceName> sources() throws IOException {
        if (!Files.isDirectory(walRoot)) {
            return List.of();
        }
        try (var dirs = Files.list(walRoot)) {
            return dirs.filter(Files::isDirectory).map(d -> new SourceName(d.getFileName().toString())).sorted(
                    java.util.Comparator.comparing(SourceName::value)).toList();
        }
    }

    void applied(long events) {
        pending.addAndGet(-events);
    }

    void recovered(long events) {
        pending.addAndGet(events);
    }

    CollectSettings settings() {
        return settings;
    }

    @Override
    public void close() throws IOException {
        for (var log : logs.values()) {
            log.close();
        }
    }
}
