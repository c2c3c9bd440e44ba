package dev.outward.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One source's write-ahead log: NDJSON segment files in {@code wal/<source>/}, one validated event per line in the
 * store's typed row shape ({@link dev.outward.events.EventFormat#check}). A request's lines are appended and
 * forced to disk before it is acknowledged; requests that arrive while one force runs share the next (group
 * commit), which is what makes tens of thousands of durable events a second possible on one disk.
 * <p>
 * Segments are {@code open-N.ndjson} while written, {@code sealed-N.ndjson} when handed to the applier, and deleted
 * once stored. Refused messages go beside them ({@code .refused.ndjson}) on their way to the quarantine.
 */
final class WriteAheadLog implements AutoCloseable {

    // Lock order: forceLock before appendLock. A force runs outside appendLock so appends go on meanwhile.
    private final Object forceLock = new Object();
    private final Object appendLock = new Object();
    private final Path dir;
    private long sequence;
    private FileChannel events;
    private FileChannel refused;
    private long eventsInSegment;
    private long written;
    private long forced;

    WriteAheadLog(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            for (Path open : list("open-")) {
                Files.move(open, open.resolveSibling(open.getFileName().toString().replace("open-", "sealed-")));
            }
            sequence = list("sealed-").stream().mapToLong(WriteAheadLog::sequenceOf).max().orElse(-1) + 1;
            openSegment();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the write-ahead log in " + dir, e);
        }
    }

    /** Appends and forces to disk; when this returns, the lines survive a crash. */
    void append(List<String> eventLines, List<String> refusedLines) throws IOException {
        long target;
        synchronized (appendLock) {
            write(events, eventLines);
            write(refused, refusedLines);
            eventsInSegment += eventLines.size();
            target = ++written;
        }
        force(target);
    }

    /** Closes the current segment (if it has anything) so the applier can take it. */
    void seal() throws IOException {
        synchronized (forceLock) {
            synchronized (appendLock) {
                if (events.size() == 0 && refused.size() == 0) {
                    return;
                }
                events.force(false);
                refused.force(false);
                forced = written;
                closeSegment();
                for (String suffix : new String[] {".ndjson", ".refused.ndjson"}) {
                    Path open = dir.resolve("open-" + sequence + suffix);
                    Files.move(open, dir.resolve("sealed-" + sequence + suffix), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                sequence++;
                openSegment();
            }
        }
    }

    long eventsInOpenSegment() {
        synchronized (appendLock) {
            return eventsInSegment;
        }
    }

    /** Sealed event segments, oldest first. */
    List<Path> sealed() throws IOException {
        return list("sealed-").stream().filter(p -> !p.toString().endsWith(".refused.ndjson"))
                .sorted(java.util.Comparator.comparingLong(WriteAheadLog::sequenceOf)).toList();
    }

    static Path refusedOf(Path segment) {
        return segment.resolveSibling(segment.getFileName().toString().replace(".ndjson", ".refused.ndjson"));
    }

    private void force(long target) throws IOException {
        synchronized (forceLock) {
            if (forced >= target) {
                return; // another request's force already covered these lines
            }
            long covering;
            FileChannel eventsNow;
            FileChannel refusedNow;
            synchronized (appendLock) {
                covering = written;
                eventsNow = events;
                refusedNow = refused;
            }
            eventsNow.force(false);
            refusedNow.force(false);
            forced = covering;
        }
    }

    private static void write(FileChannel channel, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        var text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        var buffer = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void openSegment() throws IOException {
        events = FileChannel.open(dir.resolve("open-" + sequence + ".ndjson"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        refused = FileChannel.open(dir.resolve("open-" + sequence + ".refused.ndjson"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        eventsInSegment = 0;
    }

    private void closeSegment() throws IOException {
        events.close();
        refused.close();
    }

    private List<Path> list(String prefix) throws IOException {
        try (var files = Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList());
        }
    }

    private static long sequenceOf(Path path) {
        String name = path.getFileName().toString();
        return Long.parseLong(name.substring(name.indexOf('-') + 1, name.indexOf('.')));
    }

    @Override
    public void close() throws IOException {
        synchronized (forceLock) {
            synchronized (appendLock) {
                events.force(false);
                refused.force(false);
                closeSegment();
            }
        }
    }
}
