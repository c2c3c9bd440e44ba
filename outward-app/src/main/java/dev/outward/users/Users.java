package dev.outward.users;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;

import dev.outward.server.Store;

/**
 * The users of one data directory, kept in the store. Plain Java, so that {@code outward users add} works without
 * a server. The last admin can be neither deleted nor demoted: nobody could manage users any more.
 */
public final class Users {

    public static final int SHORTEST_PASSWORD = 10;

    private final Store store;
    private final PasswordEncoder passwords;

    public Users(Store store, PasswordEncoder passwords) {
        this.store = store;
        this.passwords = passwords;
        UserTables.create(store);
    }

    public List<User> list() {
        return store.database(db -> db.sql().query("SELECT name, role, created_at FROM users ORDER BY name", Users::user));
    }

    public Optional<User> find(UserName name) {
        return store.database(db -> db.sql().query("SELECT name, role, created_at FROM users WHERE name = ?", Users::user,
                name.value())).stream().findFirst();
    }

    public User add(UserName name, Role role, char[] password) {
        checkStrong(password);
        if (find(name).isPresent()) {
            throw new Refused("users.refused.exists", "There is already a user " + name, name);
        }
        String hash = passwords.encode(java.nio.CharBuffer.wrap(password));
        store.database(db -> db.sql().update("INSERT INTO users VALUES (?, ?, ?, now()::TIMESTAMP)", name.value(), role.name(), hash));
        return find(name).orElseThrow();
    }

    public void changeRole(UserName name, Role role) {
        var user = existing(name);
        if (user.role() == Role.ADMIN && role != Role.ADMIN && admins() == 1) {
            throw new Refused("users.refused.last-admin", name + " is the last ADMIN and must stay one; make another user ADMIN first", name);
        }
        store.database(db -> db.sql().update("UPDATE users SET role = ? WHERE name = ?", role.name(), name.value()));
    }

    public void delete(UserName name) {
        var user = existing(name);
        if (user.role() == Role.ADMIN && admins() == 1) {
            throw new Refused("users.refused.last-admin", name + " is the last ADMIN and cannot be deleted; make another user ADMIN first", name);
        }
        store.database(db -> db.sql().update("DELETE FROM api_tokens WHERE user_name = ?", name.value())
                + db.sql().update("DELETE FROM users WHERE name = ?", name.value()));
    }

    public long count() {
        return store.database(db -> db.sql().queryLong("SELECT count(*) FROM users"));
    }

    /** The stored hash, for signing in; empty when there is no such user. */
    Optional<String> passwordHash(UserName name) {
        return store.database(db -> db.sql().query("SELECT password_hash FROM users WHERE name = ?", row -> row.getString(1),
                name.value())).stream().findFirst();
    }

    private User existing(UserName name) {
        return find(name).orElseThrow(() -> new Refused("users.refused.unknown", "There is no user " + name, name));
    }

    private long admins() {
        return store.database(db -> db.sql().queryLong("SELECT count(*) FROM users WHERE role = 'ADMIN'"));
    }

    private static void checkStrong(char[] password) {
        if (password == null || password.length < SHORTEST_PASSWORD) {
            throw new Refused("users.refused.short-password", "A password needs at least " + SHORTEST_PASSWORD + " characters", SHORTEST_PASSWORD);
        }
    }

    private static User user(java.sql.ResultSet row) throws java.sql.SQLException {
        return new User(new UserName(row.getString(1)), Role.parse(row.getString(2)), utc(row.getTimestamp(3)));
    }

    static Instant utc(Timestamp time) {
        return time == null ? null : time.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
