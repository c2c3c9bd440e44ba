package dev.outward.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A demo file of 2,000 customers over twelve months, generated once and shared by the tests. */
final class DemoFile {
    static final Settings SETTINGS = Settings.defaults().withCustomers(2_000);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static byte[] bytes;
    private static Summary summary;

    private DemoFile() {
    }

    static synchronized byte[] bytes() {
        if (bytes == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 << 20);
            summary = write(SETTINGS, out);
            bytes = out.toByteArray();
        }
        return bytes;
    }

    static synchronized Summary summary() {
        bytes();
        return summary;
    }

    static Stream<String> lines() {
        return new String(bytes(), StandardCharsets.UTF_8).lines();
    }

    static Stream<JsonNode> events() {
        return lines().map(JSON::readTree);
    }

    static JsonNode parse(String line) {
        return JSON.readTree(line);
    }

    static Stream<JsonNode> events(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).lines().map(JSON::readTree);
    }

    static byte[] write(Settings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        write(settings, out);
        return out.toByteArray();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Summary write(Settings settings, ByteArrayOutputStream out) {
        try {
            return new DemoCompany(settings).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
