package dev.outward.inconvenience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecentDaysTests {

    private static final LocalDate LATEST = LocalDate.of(2026, 1, 10);

    @Test
    void theLatestWeekStaysWhenItsRowsFitTheBudget() {
        var recent = new RecentDays(LATEST, 100);

        assertThat(recent.line(Map.of(LATEST, 50L, LATEST.minusDays(6), 50L))).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(recent.line(Map.of())).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void fewerDaysStayWhenTheWeekHasMoreRowsThanTheBudget() {
        var recent = new RecentDays(LATEST, 100);

        assertThat(recent.line(Map.of(LATEST, 60L, LATEST.minusDays(1), 40L, LATEST.minusDays(2), 1L)))
                .isEqualTo(LATEST.minusDays(1));
        assertThat(recent.line(Map.of(LATEST, 101L))).as("not even the latest day fits, and it stays").isEqualTo(LATEST);
    }

    @Test
    void dayRowsAreFoldedWhenTheOldestIsAWeekOlderThanTheLatestWeekOrTheyAreTwiceTheBudget() {
        var recent = new RecentDays(LATEST, 100);

        assertThat(recent.foldDue(LocalDate.of(2025, 12, 28), 10)).isFalse();
        assertThat(recent.foldDue(LocalDate.of(2025, 12, 27), 10)).isTrue();
        assertThat(recent.foldDue(LATEST, 200)).isFalse();
        assertThat(recent.foldDue(LATEST, 201)).isTrue();
    }
}
