package id.lunas.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiroRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 9, 1);

    @Test
    void aRejectionSixMonthsOldStillCountsAndOneSixMonthsAndADayOldNoLonger() {
        GiroRisk risk = GiroRisk.of(TODAY, List.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 2, 28)),
                RiskThresholds.STANDARD);

        assertThat(risk.rejectedDates()).containsExactly(LocalDate.of(2023, 3, 1));
        assertThat(risk.count()).isEqualTo(1);
        assertThat(GiroRisk.windowStart(TODAY)).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void theWindowRollsWithTheDay() {
        List<LocalDate> rejected = List.of(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 10));

        assertThat(GiroRisk.of(TODAY, rejected, RiskThresholds.STANDARD).level()).isEqualTo(RiskLevel.VERIFY);
        assertThat(GiroRisk.of(TODAY.plusDays(1), rejected, RiskThresholds.STANDARD).level()).isEqualTo(RiskLevel.WARN);
        assertThat(GiroRisk.of(LocalDate.of(2023, 11, 11), rejected, RiskThresholds.STANDARD).level())
                .isEqualTo(RiskLevel.NONE);
    }

    @Test
    void aRejectionDatedAfterTheDayDoesNotCountYet() {
        assertThat(GiroRisk.of(TODAY, List.of(TODAY.plusDays(1)), RiskThresholds.STANDARD).count()).isZero();
    }

    @Test
    void theRejectionsInTheWindowAreListedNewestFirst() {
        assertThat(GiroRisk.of(TODAY, List.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 8, 1),
                LocalDate.of(2023, 6, 1)), RiskThresholds.STANDARD).rejectedDates())
                .containsExactly(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 4, 1));
    }

    @Test
    void theStandardThresholdsWarnAtOneVerifyAtTwoAndBlockAtThreeAsBankIndonesiaBlacklists() {
        assertThat(List.of(0, 1, 2, 3, 7).stream().map(RiskThresholds.STANDARD::levelOf))
                .containsExactly(RiskLevel.NONE, RiskLevel.WARN, RiskLevel.VERIFY, RiskLevel.BLOCK, RiskLevel.BLOCK);
    }

    @Test
    void thresholdsSetByTheCompanyAreUsedAndMustRise() {
        RiskThresholds strict = new RiskThresholds(1, 1, 2);

        assertThat(strict.levelOf(1)).isEqualTo(RiskLevel.VERIFY);
        assertThat(strict.levelOf(2)).isEqualTo(RiskLevel.BLOCK);
        assertThatThrownBy(() -> new RiskThresholds(2, 1, 3)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RiskThresholds(0, 1, 3)).isInstanceOf(InvalidInputException.class);
    }
}
