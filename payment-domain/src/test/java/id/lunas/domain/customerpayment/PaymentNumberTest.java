package id.lunas.domain.customerpayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.shared.RuleViolationException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PaymentNumberTest {

    @Test
    void numbersCarryTheYearAndMonthOfThePaymentAndAFiveDigitSequence() {
        assertThat(PaymentNumber.format(YearMonth.of(2023, 8), 811)).isEqualTo("PR-230800811");
        assertThat(PaymentNumber.format(YearMonth.of(2024, 12), 1)).isEqualTo("PR-241200001");
    }

    @Test
    void aMonthRunsOutAfter99999Payments() {
        assertThat(PaymentNumber.format(YearMonth.of(2023, 8), 99_999)).isEqualTo("PR-230899999");
        assertThatThrownBy(() -> PaymentNumber.format(YearMonth.of(2023, 8), 100_000))
                .isInstanceOf(RuleViolationException.class);
    }
}
