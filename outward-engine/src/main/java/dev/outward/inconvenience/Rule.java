package dev.outward.inconvenience;

import java.time.Duration;
import java.util.Optional;

/**
 * One active-or-disabled rule of the catalog, its conditions resolved to plain SQL over the event columns.
 *
 * @param counted     the condition the event counted on satisfies
 * @param cause       the condition an earlier event of the same customer satisfies, for kinds that have a cause
 * @param within      the longest time from cause to counted event (inclusive); zero for kinds without a cause
 * @param attributedTo whose service the inconvenience is traced to
 */
public record Rule(RuleId id, RuleKind kind, String description, boolean enabled, String counted,
                   Optional<String> cause, Duration within, Attribution attributedTo) {

    /** The rule as the YAML catalog would state it, for {@code outward rules} listings. */
    public String summary() {
        return switch (kind) {
            case MATCH -> "when " + counted;
            case REPEAT -> "when " + counted + ", again within " + Durations.format(within);
            case FOLLOWED_BY -> "first " + cause.orElseThrow() + ", then within " + Durations.format(within) + ": " + counted;
            case AREA -> "area event when " + counted;
        };
    }
}
