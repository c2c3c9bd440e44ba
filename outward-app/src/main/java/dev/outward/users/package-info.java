/**
 * Who may sign in and what each may see. Three roles, each seeing everything the one below sees:
 * {@code VIEWER} aggregates only, {@code ANALYST} also customer-level data, {@code ADMIN} also users, rules, services
 * and the data page. Users, password hashes (BCrypt) and API token hashes (SHA-256) live in the store; nothing
 * secret is kept in clear. Access is decided per route in {@code SecurityConfiguration}, in one place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users")
package dev.outward.users;
