package dev.outward.inconvenience;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the server runs detection ({@code outward.detection.*}). It always runs after an import through the server
 * and once at start; {@code every} adds a schedule for events that arrive otherwise (the collection API stores
 * batches every second). A scheduled run with nothing new is skipped, not recorded.
 *
 * @param every how often to look for new events; 0 turns the schedule off
 */
@ConfigurationProperties("outward.detection")
public record DetectionSettings(Duration every) {

    public DetectionSettings {
        every = every == null ? Duration.ofMinutes(1) : every;
        if (every.isNegative()) {
            throw new IllegalArgumentException("outward.detection.every must not be negative: " + every);
        }
    }
}
