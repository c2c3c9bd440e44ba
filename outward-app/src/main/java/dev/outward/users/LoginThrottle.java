package dev.outward.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after too many failures for one user name, or from one address, further sign-ins there
 * are refused, right or wrong, until the lock ends. Per name stops guessing one account from many addresses; per
 * address stops trying many names from one. Kept in memory: a restart forgets, which an attacker cannot cause.
 */
@Component
class LoginThrottle {

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final UsersSettings settings;
    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle(UsersSettings settings) {
        this(settings, Clock.systemUTC());
    }

    LoginThrottle(UsersSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How much longer sign-ins for this name or from this address are refused; empty when they are not. */
    Optional<Duration> locked(String name, String address) {
        Instant now = clock.instant();
        return java.util.stream.Stream.of(nameKey(name), addressKey(address))
                .map(failures::get)
                .filter(f -> f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now))
                .map(f -> Duration.between(now, f.lockedUntil()))
                .max(Duration::compareTo);
    }

    void failed(String name, String address) {
        count(nameKey(name), settings.attemptsPerName());
        count(addressKey(address), settings.attemptsPerAddress());
        if (failures.size() > 10_000) {
            forgetOld();
        }
    }

    void succeeded(String name) {
        failures.remove(nameKey(name));
    }

    private void count(String key, int limit) {
        Instant now = clock.instant();
        failures.compute(key, (k, before) -> {
            boolean fresh = before == null || before.last().plus(settings.lockFor()).isBefore(now);
            int count = fresh ? 1 : before.count() + 1;
            return new Failures(count, now, count >= limit ? now.plus(settings.lockFor()) : null);
        });
    }

    private void forgetOld() {
        Instant forget = clock.instant().minus(settings.lockFor());
        failures.entrySet().removeIf(e -> e.getValue().last().isBefore(forget)
                && (e.getValue().lockedUntil() == null || e.getValue().lockedUntil().isBefore(clock.instant())));
    }

    private static String nameKey(String name) {
        return "name:" + String.valueOf(name).trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
