package dev.outward.inconvenience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTests {

    @ParameterizedTest
    @CsvSource({"168h, 7 days", "72h, 3 days", "24h, 24 hours", "90m, 90 minutes", "60h, 2 days 12 hours", "36h, 36 hours",
            "1h, 60 minutes", "2h, 2 hours", "PT49H30M, 2 days 1 hour 30 minutes", "90s, 90 seconds", "1s, 1 second", "0s, 0 seconds"})
    void aWindowReadsInWordsLedByTheLargestUnitItHoldsTwiceOrMore(String window, String words) {
        Duration duration = Durations.parse(window).orElseThrow();

        assertThat(Durations.words(duration)).isEqualTo(words);
    }
}
