package dev.outward.events;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Splits an NDJSON file at line boundaries into roughly equal parts, one per import worker. */
final class Chunks {

    /** Below this size one worker is faster than starting several. */
    private static final long MIN_PARALLEL_BYTES = 8L << 20;

    private Chunks() {
    }

    static List<NdjsonChunk> split(Path file, long size, int parts) {
        if (size < MIN_PARALLEL_BYTES || parts <= 1) {
            return List.of(new NdjsonChunk(0, size));
        }
        var boundaries = new ArrayList<Long>();
        boundaries.add(0L);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int k = 1; k < parts; k++) {
                long boundary = nextLineStart(channel, size * k / parts, size);
                if (boundary > boundaries.getLast() && boundary < size) {
                    boundaries.add(boundary);
                }
            }
        } catch (IOException e) {
            throw new ImportException(file, "cannot read it: " + e.getMessage(), e);
        }
        boundaries.add(size);
        var chunks = new ArrayList<NdjsonChunk>();
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            chunks.add(new NdjsonChunk(boundaries.get(i), boundaries.get(i + 1)));
        }
        return chunks;
    }

    /** The position just after the first newline at or after {@code from - 1}. */
    private static long nextLineStart(FileChannel channel, long from, long size) throws IOException {
        var buffer = ByteBuffer.allocate(64 * 1024);
        long position = from - 1;
        while (position < size) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    return position + i + 1;
                }
            }
            position += read;
        }
        return size;
    }
}
