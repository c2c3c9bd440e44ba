package dev.outward.collect;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a tracking request's body whatever it is labelled: SDKs send JSON as application/json, text/plain
 * (analytics.js, to avoid a CORS preflight) or gzip labelled form-urlencoded (the RudderStack Node SDK).
 */
final class RequestBody {

    /** The body exceeded the request limit; nothing of it is used. */
    static final class TooLarge extends Exception {
        TooLarge(int limit) {
            super("request body over the limit of %,d bytes (after decompression)".formatted(limit));
        }
    }

    private RequestBody() {
    }

    static byte[] read(HttpServletRequest request, int limit) throws IOException, TooLarge {
        InputStream in = request.getInputStream();
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
            in = new GZIPInputStream(in, 8192);
        }
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw new TooLarge(limit);
        }
        return body;
    }
}
