package dev.outward.demo;

import java.util.Arrays;

/** A growing byte buffer: the rendered lines of one batch of customers. */
final class Bytes {
    private byte[] bytes;
    private int length;

    Bytes(int capacity) {
        this.bytes = new byte[capacity];
    }

    void append(byte[] source, int offset, int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }
}
