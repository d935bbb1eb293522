package id.lunas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DocumentSeriesTest {

    @Test
    void numbersCarryTheirSeriesTheYearAndMonthAndAFiveDigitSequence() {
        assertThat(DocumentSeries.PAYMENT.format(YearMonth.of(2023, 8), 811)).isEqualTo("PR-230800811");
        assertThat(DocumentSeries.PAYMENT.format(YearMonth.of(2024, 12), 1)).isEqualTo("PR-241200001");
        assertThat(DocumentSeries.GIRO_DEPOSIT.format(YearMonth.of(2026, 12), 7)).isEqualTo("SG-261200007");
    }

    @Test
    void aMonthRunsOutAfter99999Documents() {
        assertThat(DocumentSeries.PAYMENT.format(YearMonth.of(2023, 8), 99_999)).isEqualTo("PR-230899999");
        assertThatThrownBy(() -> DocumentSeries.GIRO_DEPOSIT.format(YearMonth.of(2023, 8), 100_000))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("depositDate"));
    }
}
