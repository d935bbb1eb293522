package id.lunas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void anAmountIsKeptExactlyWithTwoDecimals() {
        assertThat(Amounts.requirePositive("amount", new BigDecimal("30878568.81"))).isEqualByComparingTo("30878568.81")
                .hasScaleOf(2);
        assertThat(Amounts.requirePositive("amount", new BigDecimal("100"))).hasToString("100.00");
    }

    @Test
    void zeroAndNegativeAmountsAreRefused() {
        assertThatThrownBy(() -> Amounts.requirePositive("amount", BigDecimal.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> Amounts.requirePositive("amount", new BigDecimal("-5")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moreThanTwoDecimalsAreRefusedButTrailingZerosAreFine() {
        assertThatThrownBy(() -> Amounts.requirePositive("amount", new BigDecimal("10.001")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than two decimals");
        assertThat(Amounts.requirePositive("amount", new BigDecimal("10.5000"))).hasToString("10.50");
    }

    @Test
    void amountsAboveTheMaximumAreRefused() {
        assertThat(Amounts.requirePositive("amount", new BigDecimal("999999999999.99"))).isEqualByComparingTo(Amounts.MAX);
        assertThatThrownBy(() -> Amounts.requirePositive("amount", new BigDecimal("1000000000000.00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maximum 999,999,999,999.99");
    }

    @Test
    void aMissingAmountNamesItsField() {
        assertThatThrownBy(() -> Amounts.requirePositive("allocations[1].amount", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("allocations[1].amount"));
    }
}
