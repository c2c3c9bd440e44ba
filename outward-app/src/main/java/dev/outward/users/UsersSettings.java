package dev.outward.users;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings; all optional.
 *
 * @param adminPassword     the first admin's password when the store has no users (env {@code OUTWARD_ADMIN_PASSWORD});
 *                          without it a random one is printed once
 * @param attemptsPerName   failed sign-ins for one user name before it is locked (default 5)
 * @param attemptsPerAddress failed sign-ins from one address, whatever the names, before it is locked (default 20)
 * @param lockFor           how long a lock lasts, and how long failures are remembered (default 15 minutes)
 * @param metricsToken      a bearer token that may read {@code /actuator/prometheus} only; none by default
 */
@ConfigurationProperties("outward.users")
public record UsersSettings(String adminPassword, Integer attemptsPerName, Integer attemptsPerAddress, Duration lockFor,
                            String metricsToken) {

    public UsersSettings {
        adminPassword = adminPassword == null || adminPassword.isEmpty() ? null : adminPassword;
        metricsToken = metricsToken == null || metricsToken.isEmpty() ? null : metricsToken;
        attemptsPerName = Objects.requireNonNullElse(attemptsPerName, 5);
        attemptsPerAddress = Objects.requireNonNullElse(attemptsPerAddress, 20);
        lockFor = Objects.requireNonNullElse(lockFor, Duration.ofMinutes(15));
        if (attemptsPerName < 1 || attemptsPerAddress < 1) {
            throw new IllegalArgumentException("outward.users.attempts-per-name and -per-address must be at least 1");
        }
        if (lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("outward.users.lock-for must be positive, e.g. 15m; got " + lockFor);
        }
        if (adminPassword != null && adminPassword.length() < Users.SHORTEST_PASSWORD) {
            throw new IllegalArgumentException("OUTWARD_ADMIN_PASSWORD needs at least " + Users.SHORTEST_PASSWORD + " characters");
        }
        if (metricsToken != null && metricsToken.length() < 20) {
            throw new IllegalArgumentException("outward.users.metrics-token needs at least 20 characters");
        }
    }
}
