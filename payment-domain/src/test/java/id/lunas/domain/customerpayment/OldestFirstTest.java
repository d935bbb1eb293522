package id.lunas.domain.customerpayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OldestFirstTest {

    @Test
    void theOldestInvoicesAreSettledInFullAndTheNextTakesWhatIsLeft() {
        assertThat(OldestFirst.spread(amount("1500.00"), List.of(amount("1000.00"), amount("800.00"), amount("300.00"))))
                .containsExactly(amount("1000.00"), amount("500.00"), amount("0.00"));
    }

    @Test
    void moneyBeyondEverythingOutstandingStaysUnapplied() {
        assertThat(OldestFirst.spread(amount("2000.00"), List.of(amount("1000.00"), amount("0.50"))))
                .containsExactly(amount("1000.00"), amount("0.50"));
    }

    @Test
    void invoicesWithNothingOutstandingGetNothingAndNoAmountSpreadsNothing() {
        assertThat(OldestFirst.spread(amount("100"), List.of(amount("0.00"), amount("60.00"))))
                .containsExactly(amount("0.00"), amount("60.00"));
        assertThat(OldestFirst.spread(null, List.of(amount("60.00")))).containsExactly(amount("0.00"));
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }
}
