package dev.outward.inconvenience;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rule windows as people write them: {@code 168h}, {@code 30m}, {@code 7d}, {@code 90s}, or ISO-8601 {@code PT24H}. */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*([smhd])");

    private Durations() {
    }

    static Optional<Duration> parse(String text) {
        var matcher = SHORT.matcher(text.strip());
        if (matcher.matches()) {
            long n = Long.parseLong(matcher.group(1));
            return Optional.of(switch (matcher.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        }
        try {
            var duration = Duration.parse(text.strip());
            return duration.isNegative() ? Optional.empty() : Optional.of(duration);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Hours when whole (the catalog speaks of 168h, not 7d), else minutes or seconds. */
    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
