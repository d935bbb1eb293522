package id.lunas.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CashCountTest {

    @Test
    void lessCountedThanExpectedIsAShortageTheCollectorOwes() {
        CashCount cash = CashCount.counted(new BigDecimal("1500000.00"), new BigDecimal("1450000"));

        assertThat(cash.difference()).isEqualByComparingTo("-50000.00");
        assertThat(cash.isShort()).isTrue();
        assertThat(cash.isSurplus()).isFalse();
        assertThat(cash.shortage()).isEqualByComparingTo("50000.00");
    }

    @Test
    void moreCountedThanExpectedIsASurplusAndNoShortage() {
        CashCount cash = CashCount.counted(new BigDecimal("100.00"), new BigDecimal("100.50"));

        assertThat(cash.difference()).isEqualByComparingTo("0.50");
        assertThat(cash.isSurplus()).isTrue();
        assertThat(cash.shortage()).isEqualByComparingTo("0");
    }

    @Test
    void theExactAmountBalancesToTheCent() {
        CashCount cash = CashCount.counted(new BigDecimal("30878568.81"), new BigDecimal("30878568.81"));

        assertThat(cash.balances()).isTrue();
        assertThat(cash.difference()).isEqualByComparingTo("0").hasScaleOf(2);
    }

    @Test
    void nothingCountedIsAllowedButANegativeCountOrFractionsOfACentAreNot() {
        assertThat(CashCount.counted(new BigDecimal("10.00"), BigDecimal.ZERO).shortage()).isEqualByComparingTo("10.00");
        assertThatThrownBy(() -> CashCount.counted(BigDecimal.TEN, new BigDecimal("-1")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Amount cannot be less than zero, not -1");
        assertThatThrownBy(() -> CashCount.counted(BigDecimal.TEN, new BigDecimal("1.001")))
                .isInstanceOf(InvalidInputException.class).hasMessage("Amount 1.001 has more than two decimals");
        assertThatThrownBy(() -> CashCount.counted(BigDecimal.TEN, null))
                .isInstanceOf(InvalidInputException.class).hasMessage("Cash counted is required");
    }
}
