package id.lunas.domain.customerpayment;

import static id.lunas.domain.Fixtures.PAID_ON;
import static id.lunas.domain.Fixtures.backdatingAllowed;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.Fixtures;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BackdatingTest {

    /** Entered on 31 August 2023 with a 7-day allowance: 24 August is the earliest date needing no reason. */
    private final ChangeContext sevenDays = backdatingAllowed(on(PAID_ON.plusDays(10)), 7);

    private static PaymentDraft cashPaidOn(int daysBeforeEntry, String reason) {
        return new PaymentDraft(miniMarket(), PAID_ON.plusDays(10 - daysBeforeEntry), PaymentMethod.CASH, null, null,
                new BigDecimal("100.00"), null, false, null, reason);
    }

    @Test
    void aPaymentDatedWithinTheAllowanceNeedsNoReasonAndKeepsItsLag() {
        CustomerPayment payment = Fixtures.recorded("PR-1", cashPaidOn(7, null), sevenDays);

        assertThat(payment.getEntryLagDays()).isEqualTo(7);
        assertThat(payment.getBackdateReason()).isNull();
    }

    @Test
    void aPaymentDatedBeyondTheAllowanceWithoutAReasonIsRefusedNamingTheLagAndTheAllowance() {
        assertThatThrownBy(() -> Fixtures.recorded("PR-2", cashPaidOn(8, "  "), sevenDays))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("backdateReason");
                        assertThat(error.code()).isEqualTo("payment.backdateReasonRequired");
                        assertThat(error.arguments()).containsExactly(PAID_ON.plusDays(2), 8L, 7L);
                    });
                });
    }

    @Test
    void aPaymentDatedBeyondTheAllowanceIsRecordedWithItsReason() {
        CustomerPayment payment = Fixtures.recorded("PR-3", cashPaidOn(10, "Kuitansi terlambat dari sales"),
                sevenDays);

        assertThat(payment.getEntryLagDays()).isEqualTo(10);
        assertThat(payment.getBackdateReason()).isEqualTo("Kuitansi terlambat dari sales");
    }

    @Test
    void withoutAnAllowanceAnyPastDateNeedsNoReason() {
        CustomerPayment payment = Fixtures.recorded("PR-4", cashPaidOn(10, null), on(PAID_ON.plusDays(10)));

        assertThat(payment.getEntryLagDays()).isEqualTo(10);
    }

    @Test
    void aCollectorsBackdatedCollectionNeedsNoReasonButShowsItsLag() {
        CustomerPayment collection = Fixtures.collected("PR-5", cashPaidOn(9, null), sevenDays);

        assertThat(collection.getEntryLagDays()).isEqualTo(9);
    }
}
