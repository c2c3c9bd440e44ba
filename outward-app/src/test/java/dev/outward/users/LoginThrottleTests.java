package dev.outward.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new UsersSettings(null, 3, 10, Duration.ofMinutes(15), null), clock);

    @Test
    void a_lock_ends_after_the_lock_time() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("someone", "10.0.0.1");
        }
        assertThat(throttle.locked("someone", "10.0.0.2")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.locked("someone", "10.0.0.2")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.locked("someone", "10.0.0.2")).isEmpty();
    }

    @Test
    void failures_far_apart_do_not_add_up() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("slow", "10.0.0.1");
            clock.advance(Duration.ofMinutes(16));
        }
        assertThat(throttle.locked("slow", "10.0.0.3")).isEmpty();
    }

    @Test
    void a_success_forgets_the_names_failures() {
        throttle.failed("forgetful", "10.0.0.1");
        throttle.failed("forgetful", "10.0.0.1");
        throttle.succeeded("forgetful");
        throttle.failed("forgetful", "10.0.0.1");
        assertThat(throttle.locked("forgetful", "10.0.0.4")).isEmpty();
    }

    @Test
    void names_differing_only_in_case_are_one_name() {
        throttle.failed("Mixed", "10.0.0.1");
        throttle.failed("MIXED", "10.0.0.2");
        throttle.failed("mixed", "10.0.0.3");
        assertThat(throttle.locked("mixed", "10.0.0.5")).isPresent();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
