package dev.outward.inconvenience;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rule windows as people write them: {@code 168h}, {@code 30m}, {@code 7d}, {@code 90s}, or ISO-8601 {@code PT24H}. */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*([smhd])");

    private record Unit(String name, long seconds) {
    }

    private static final Unit SECOND = new Unit("second", 1);
    private static final List<Unit> UNITS = List.of(new Unit("day", 86_400), new Unit("hour", 3_600), new Unit("minute", 60), SECOND);

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

    /**
     * The duration as a description says it: a unit leads from two of it on ({@code 7 days}, {@code 24 hours},
     * {@code 90 minutes}), the rest follows in smaller units ({@code 2 days 12 hours}). One rule for every window, so
     * one day reads as people write it, {@code 24 hours}; the cost is {@code 36 hours} rather than 1 day 12 hours.
     */
    static String words(Duration duration) {
        long left = duration.toSeconds();
        var words = new ArrayList<String>();
        for (var unit : UNITS) {
            boolean leads = words.isEmpty() && (left >= 2 * unit.seconds() || unit == SECOND);
            boolean follows = !words.isEmpty() && left >= unit.seconds();
            if (leads || follows) {
                long n = left / unit.seconds();
                words.add(n + " " + unit.name() + (n == 1 ? "" : "s"));
                left -= n * unit.seconds();
            }
        }
        return String.join(" ", words);
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
