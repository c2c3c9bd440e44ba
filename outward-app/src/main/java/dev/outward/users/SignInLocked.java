package dev.outward.users;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** Sign-ins for this name or from this address are refused for a while after too many failures. */
final class SignInLocked extends LockedException {

    private final long minutes;

    SignInLocked(Duration remaining) {
        super("Too many failed sign-ins for this user name or from this address; try again in "
                + Math.max(1, (remaining.toSeconds() + 59) / 60) + " minutes");
        this.minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
    }

    long minutes() {
        return minutes;
    }
}
