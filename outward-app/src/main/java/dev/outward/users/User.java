package dev.outward.users;

import java.time.Instant;

/** A person who may sign in, and what they may see. */
public record User(UserName name, Role role, Instant created) {
}
