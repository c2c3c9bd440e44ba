package dev.outward.users;

import dev.outward.server.Store;

/** The users' tables; idempotent, so every start runs it. Tokens are kept only as SHA-256 hashes. */
final class UserTables {

    private UserTables() {
    }

    static void create(Store store) {
        store.database(db -> {
            db.execute("""
                    CREATE TABLE IF NOT EXISTS users (
                      name VARCHAR PRIMARY KEY, role VARCHAR NOT NULL, password_hash VARCHAR NOT NULL,
                      created_at TIMESTAMP NOT NULL)""");
            db.execute("""
                    CREATE TABLE IF NOT EXISTS api_tokens (
                      id VARCHAR PRIMARY KEY, user_name VARCHAR NOT NULL, label VARCHAR NOT NULL,
                      hash VARCHAR NOT NULL UNIQUE, created_at TIMESTAMP NOT NULL, last_used_at TIMESTAMP)""");
            return null;
        });
    }
}
