package dev.outward.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection posting Segment batches to /v1/batch over loopback. Hand-written on a blocking
 * socket because the JDK's HttpClient costs more CPU per request than the server spends on a batch, and the load
 * generator shares the machine's two cores with the server it measures.
 */
final class BatchSender implements AutoCloseable {

    static final int BATCH = 100;

    private final InetSocketAddress address;
    private final byte[] headPrefix;
    private final StringBuilder body = new StringBuilder(BATCH * 200);
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    BatchSender(InetSocketAddress address, String authorization) {
        this.address = address;
        this.headPrefix = ("POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1:" + address.getPort()
                + "\r\nContent-Type: application/json\r\nAuthorization: " + authorization + "\r\nContent-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Posts batch {@code n} of {@code phase} (messageIds "bench-PHASE-N-I", unique over the whole run); returns the status. */
    int post(int phase, long n) throws IOException {
        byte[] json = batch(phase, n);
        byte[] length = (json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headPrefix.length + length.length + json.length];
        System.arraycopy(headPrefix, 0, request, 0, headPrefix.length);
        System.arraycopy(length, 0, request, headPrefix.length, length.length);
        System.arraycopy(json, 0, request, headPrefix.length + length.length, json.length);
        if (socket == null) {
            connect();
        }
        try {
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private byte[] batch(int phase, long n) {
        var json = body;
        json.setLength(0);
        json.append("{\"batch\":[");
        for (int i = 0; i < BATCH; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"type\":\"track\",\"event\":\"contact\",\"userId\":\"C-").append((n * BATCH + i) % 50_000)
                    .append("\",\"messageId\":\"bench-").append(phase).append('-').append(n).append('-').append(i)
                    .append("\",\"properties\":{\"channel\":\"phone\",\"service\":\"billing\",\"wait_s\":")
                    .append((n + i) % 600).append(",\"resolved\":true}}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 8192);
    }

    /** Reads a response (Content-Length or chunked) and returns its status; a "Connection: close" closes ours. */
    private int readResponse() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.equalsIgnoreCase("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                closing = value.equalsIgnoreCase("close");
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                in.skipNBytes(size);
                line();
            }
            line();
        } else if (length > 0) {
            in.skipNBytes(length);
        }
        if (closing) {
            close();
        }
        return code;
    }

    private String line() throws IOException {
        var line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed mid-response");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
