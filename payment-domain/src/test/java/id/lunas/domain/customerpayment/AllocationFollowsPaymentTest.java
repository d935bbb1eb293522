package id.lunas.domain.customerpayment;

import static id.lunas.domain.Fixtures.CLEARS_ON;
import static id.lunas.domain.Fixtures.PAID_ON;
import static id.lunas.domain.Fixtures.cashDraft;
import static id.lunas.domain.Fixtures.giroDraft;
import static id.lunas.domain.Fixtures.invoice;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.Fixtures;
import id.lunas.domain.customer.Customer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The copy of its payment that each allocation keeps for the A/R aging never falls behind the payment. */
class AllocationFollowsPaymentTest {

    private final Customer shop = miniMarket();

    @Test
    void anAllocationOfCashIsClearedOnThePaymentDateFromTheStart() {
        CustomerPayment cash = allocated(Fixtures.recorded("PR-1", cashDraft(shop, "500.00"), seedDay()));

        assertThat(cash.getAllocations()).singleElement().satisfies(allocation -> {
            assertThat(allocation.getPaymentDate()).isEqualTo(PAID_ON);
            assertThat(allocation.getClearedDate()).isEqualTo(PAID_ON);
            assertThat(allocation.isPaymentCancelled()).isFalse();
        });
    }

    @Test
    void anAllocationOfAGiroIsUnclearedUntilTheGiroIsResolvedAndThenClearedOnTheResolvedDate() {
        CustomerPayment giro = allocated(Fixtures.recorded("PR-2", giroDraft(shop), seedDay()));
        assertThat(giro.getAllocations().get(0).getClearedDate()).isNull();

        giro.resolve(CLEARS_ON, seedDay());

        assertThat(giro.getAllocations().get(0).getClearedDate()).isEqualTo(CLEARS_ON);
    }

    @Test
    void aConfirmedFieldCollectionOfCashIsClearedOnItsPaymentDate() {
        CustomerPayment collection = allocated(Fixtures.collected("PR-3", cashDraft(shop, "500.00"), seedDay()));
        assertThat(collection.getAllocations().get(0).getClearedDate()).isNull();

        collection.confirm(seedDay());

        assertThat(collection.getAllocations().get(0).getClearedDate()).isEqualTo(PAID_ON);
    }

    @Test
    void aRejectedGiroMarksItsAllocationsVoid() {
        CustomerPayment giro = allocated(Fixtures.recorded("PR-4", giroDraft(shop), seedDay()));

        giro.rejectGiro(CLEARS_ON, RejectionReason.INSUFFICIENT_FUNDS, null, seedDay());

        assertThat(giro.getAllocations().get(0).isPaymentCancelled()).isTrue();
        assertThat(giro.getAllocations().get(0).getClearedDate()).isNull();
    }

    @Test
    void aCancelledPaymentMarksItsAllocationsVoid() {
        CustomerPayment cash = allocated(Fixtures.recorded("PR-5", cashDraft(shop, "500.00"), seedDay()));

        cash.cancel("Entered twice", seedDay());

        assertThat(cash.getAllocations().get(0).isPaymentCancelled()).isTrue();
        assertThat(cash.getAllocations().get(0).getClearedDate()).isNull();
    }

    private CustomerPayment allocated(CustomerPayment payment) {
        payment.allocate(invoice(shop, "INV-" + payment.getNumber(), "500.00"), new BigDecimal("500.00"),
                new BigDecimal("300.00"), "allocations[0]");
        return payment;
    }
}
