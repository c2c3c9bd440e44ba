package dev.outward.collect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.outward.events.SourceName;
import dev.outward.store.Database;

/**
 * Write keys of collection sources. A key is shown once when created and stored only as its SHA-256: keys are 192
 * random bits, so a fast hash is safe, and every collection request can check its key without a slow KDF.
 * <p>
 * Keys found valid are remembered by their hash: a query per request cost the tracking API more than converting a
 * batch. Revoking goes through this object too, and forgets them under the same lock as a lookup that would
 * remember one, so no revoked key is accepted after {@link #revoke} returns. (The command line changes keys only
 * while no server holds the store.)
 */
public final class SourceKeys {

    public record Source(SourceName name, java.time.LocalDateTime createdAt, boolean revoked) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Map<String, SourceName> verified = new ConcurrentHashMap<>();
    private final Object lookups = new Object();

    public SourceKeys(Database database) {
        this.database = database;
        database.execute("""
                CREATE TABLE IF NOT EXISTS collect_sources (
                  name VARCHAR NOT NULL, key_hash VARCHAR PRIMARY KEY, created_at TIMESTAMP NOT NULL, revoked_at TIMESTAMP)""");
    }

    /** Creates a source (or a further key for it) and returns the key, the only time it is ever visible. */
    public String create(SourceName name) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = "owk_" + HexFormat.of().formatHex(bytes);
        database.sql().update("INSERT INTO collect_sources VALUES (?, ?, now()::TIMESTAMP, NULL)", name.value(), hash(key));
        return key;
    }

    /** The source a key belongs to, unless the key is unknown or revoked. */
    public Optional<SourceName> verify(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String hash = hash(key);
        SourceName known = verified.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        synchronized (lookups) {
            var found = database.sql().query("SELECT name FROM collect_sources WHERE key_hash = ? AND revoked_at IS NULL",
                    row -> new SourceName(row.getString(1)), hash).stream().findFirst();
            found.ifPresent(name -> verified.put(hash, name));
            return found;
        }
    }

    /** Revokes every key of the source; returns how many were active. */
    public int revoke(SourceName name) {
        synchronized (lookups) {
            int revoked = database.sql().update(
                    "UPDATE collect_sources SET revoked_at = now()::TIMESTAMP WHERE name = ? AND revoked_at IS NULL", name.value());
            verified.values().removeIf(name::equals);
            return revoked;
        }
    }

    public List<Source> list() {
        return database.sql().query("""
                SELECT name, min(created_at), bool_and(revoked_at IS NOT NULL) FROM collect_sources GROUP BY name ORDER BY name""",
                row -> new Source(new SourceName(row.getString(1)), row.getTimestamp(2).toLocalDateTime(), row.getBoolean(3)));
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
