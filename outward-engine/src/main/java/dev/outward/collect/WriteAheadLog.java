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
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

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

    // One lock for the files and the counters; a force runs outside it so appends go on meanwhile. Waiters park on
    // a condition instead of contending for a monitor: with dozens of requests behind one fsync, a contended
    // monitor's spinning cost more CPU than converting the requests did.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition forceDone = lock.newCondition();
    private final Path dir;
    private long sequence;
    private FileChannel events;
    private FileChannel refused;
    private long eventsInSegment;
    private long written;
    private long forced;
    private boolean forcing;

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

    /**
     * Appends and forces to disk; when this returns, the lines survive a crash. The first request to find no force
     * running forces everything written so far; requests arriving meanwhile wait for the next one (group commit).
     */
    void append(List<String> eventLines, List<String> refusedLines) throws IOException {
        lock.lock();
        try {
            write(events, eventLines);
            write(refused, refusedLines);
            eventsInSegment += eventLines.size();
            long target = ++written;
            while (forced < target) {
                if (forcing) {
                    forceDone.awaitUninterruptibly();
                } else {
                    forceAsLeader();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Closes the current segment (if it has anything) so the applier can take it. */
    void seal() throws IOException {
        lock.lock();
        try {
            awaitNoForce();
            if (events.size() == 0 && refused.size() == 0) {
                return;
            }
            events.force(false);
            refused.force(false);
            forced = written;
            forceDone.signalAll();
            closeSegment();
            for (String suffix : new String[] {".ndjson", ".refused.ndjson"}) {
                Path open = dir.resolve("open-" + sequence + suffix);
                Files.move(open, dir.resolve("sealed-" + sequence + suffix), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            sequence++;
            openSegment();
        } finally {
            lock.unlock();
        }
    }

    long eventsInOpenSegment() {
        lock.lock();
        try {
            return eventsInSegment;
        } finally {
            lock.unlock();
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

    /** Called holding the lock with no force running: forces what is written so far, without the lock. */
    private void forceAsLeader() throws IOException {
        long covering = written;
        FileChannel eventsNow = events;
        FileChannel refusedNow = refused;
        forcing = true;
        lock.unlock();
        boolean done = false;
        try {
            eventsNow.force(false);
            refusedNow.force(false);
            done = true;
        } finally {
            lock.lock();
            forcing = false;
            if (done) {
                forced = Math.max(forced, covering);
            }
            forceDone.signalAll(); // on failure too: a waiter then tries the force itself
        }
    }

    /** Waits, holding the lock, until no force runs outside it: the segment's channels may then be closed. */
    private void awaitNoForce() {
        while (forcing) {
            forceDone.awaitUninterruptibly();
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
        lock.lock();
        try {
            awaitNoForce();
            events.force(false);
            refused.force(false);
            closeSegment();
        } finally {
            lock.unlock();
        }
    }
}
