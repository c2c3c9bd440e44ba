package dev.outward.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.outward.server.Store;

/**
 * Personal API tokens: 256 random bits shown once, stored as a SHA-256 hash. A slow hash such as BCrypt guards
 * guessable passwords; a random 256-bit token cannot be guessed, and a fast hash lets each API call look it up.
 * A token acts with its user's current role, so a role change or deletion takes effect on the next call.
 */
@Component
class ApiTokens {

    static final String PREFIX = "outward_";

    record Token(String id, String label, Instant created, Instant lastUsed) {
    }

    record Issued(Token token, String secret) {
    }

    private final Store store;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(Store store) {
        this.store = store;
    }

    Issued issue(UserName user, String label) {
        String cleanLabel = label == null || label.isBlank() ? "token" : label.strip();
        if (cleanLabel.length() > 80) {
            throw new IllegalArgumentException("A token label has at most 80 characters");
        }
        String id = HexFormat.of().formatHex(bytes(6));
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        store.database(db -> db.sql().update("INSERT INTO api_tokens VALUES (?, ?, ?, ?, now()::TIMESTAMP, NULL)",
                id, user.value(), cleanLabel, hash(secret)));
        return new Issued(list(user).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(), secret);
    }

    List<Token> list(UserName user) {
        return store.database(db -> db.sql().query("""
                SELECT id, label, created_at, last_used_at FROM api_tokens WHERE user_name = ? ORDER BY created_at, id""",
                row -> new Token(row.getString(1), row.getString(2), Users.utc(row.getTimestamp(3)),
                        Users.utc(row.getTimestamp(4))), user.value()));
    }

    boolean revoke(UserName user, String id) {
        return store.database(db -> db.sql().update("DELETE FROM api_tokens WHERE user_name = ? AND id = ?", user.value(), id)) > 0;
    }

    /** The user a presented token belongs to; empty for an unknown or revoked token. */
    Optional<UserName> userOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        return store.database(db -> {
            var names = db.sql().query("SELECT user_name FROM api_tokens WHERE hash = ?", row -> row.getString(1), hash);
            if (!names.isEmpty()) {
                db.sql().update("UPDATE api_tokens SET last_used_at = now()::TIMESTAMP WHERE hash = ?", hash);
            }
            return names.stream().findFirst().map(UserName::new);
        });
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private byte[] bytes(int n) {
        var bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
