package dev.outward.inconvenience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportFilterTests {

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedWithBothDates() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportFilter.between(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-01-01")))
                .withMessage("The report period starts 2026-03-01, after it ends 2026-01-01");
    }

    @Test
    void aDateOutsideYearsOneToNineThousandNineHundredNinetyNineIsRefusedBeforeItReachesTheStore() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportFilter.allTime().from(LocalDate.MIN))
                .withMessage("The report period's from date -999999999-01-01 is out of range: years 1 to 9999");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportFilter.allTime().to(LocalDate.MAX))
                .withMessageContaining("to date +999999999-12-31 is out of range");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportFilter.allTime().to(LocalDate.of(0, 12, 31)));
    }

    @Test
    void theFirstAndLastDaysOfFourDigitYearsAreAccepted() {
        var widest = ReportFilter.between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));

        assertThat(widest.from()).contains(LocalDate.of(1, 1, 1));
        assertThat(widest.to()).contains(LocalDate.of(9999, 12, 31));
    }
}
