package id.lunas.domain.customerpayment;

import static id.lunas.domain.Fixtures.PAID_ON;
import static id.lunas.domain.Fixtures.bri;
import static id.lunas.domain.Fixtures.cashDraft;
import static id.lunas.domain.Fixtures.giroDraft;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.seedDay;
import static id.lunas.domain.Fixtures.seedGiro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.Fixtures;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.customer.CustomerDetails;
import id.lunas.domain.giro.GiroDetails;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RecordingPaymentsTest {

    @Test
    void aGiroRecordedInTheBackOfficeWaitsAsActive() {
        CustomerPayment payment = Fixtures.recorded("PR-230800811", giroDraft(miniMarket()), seedDay());

        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
        assertThat(payment.getResolvedDate()).isNull();
        assertThat(payment.getAmount()).isEqualByComparingTo("30878568.81");
        assertThat(payment.getEvents()).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(PaymentAction.RECORDED);
            assertThat(event.getToStatus()).isEqualTo(PaymentStatus.ACTIVE);
            assertThat(event.getUser()).isEqualTo("finance");
        });
        assertThat(payment.getCreatedBy()).isEqualTo("finance");
    }

    @Test
    void cashRecordedInTheBackOfficeIsCompletedOnItsPaymentDate() {
        CustomerPayment payment = Fixtures.recorded("PR-230800812", cashDraft(miniMarket(), "100"), seedDay());

        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(payment.getResolvedDate()).isEqualTo(PAID_ON);
    }

    @Test
    void aTransferAwaitingClearingWaitsAsActive() {
        PaymentDraft draft = new PaymentDraft(miniMarket(), PAID_ON, PaymentMethod.BANK_TRANSFER, bri(), null,
                new BigDecimal("500.00"), null, true, null, null);

        assertThat(Fixtures.recorded("PR-230800813", draft, seedDay()).getStatus()).isEqualTo(PaymentStatus.ACTIVE);
    }

    @Test
    void aFieldCollectionWaitsAsPendingWhateverItsMethod() {
        CustomerPayment collection = Fixtures.collected("PR-230800814", cashDraft(miniMarket(), "100"), seedDay());

        assertThat(collection.getStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(collection.getEvents()).extracting(PaymentEvent::getAction).containsExactly(PaymentAction.COLLECTED);
    }

    @Test
    void aGiroPaymentWithoutGiroDetailsIsRefused() {
        PaymentDraft draft = new PaymentDraft(miniMarket(), PAID_ON, PaymentMethod.GIRO, bri(), null,
                new BigDecimal("100"), null, false, null, null);

        assertThatThrownBy(() -> Fixtures.recorded("PR-1", draft, seedDay()))
                .isInstanceOf(InvalidInputException.class).hasMessage("Giro details are required for a giro payment");
    }

    @Test
    void giroDetailsOnACashPaymentAreRefused() {
        PaymentDraft draft = new PaymentDraft(miniMarket(), PAID_ON, PaymentMethod.CASH, null, null,
                new BigDecimal("100"), seedGiro(), false, null, null);

        assertThatThrownBy(() -> Fixtures.recorded("PR-1", draft, seedDay()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only to giro payments");
    }

    @Test
    void aTransferNeedsTheAccountItWasDepositedInto() {
        PaymentDraft draft = new PaymentDraft(miniMarket(), PAID_ON, PaymentMethod.BANK_TRANSFER, null, null,
                new BigDecimal("100"), null, false, null, null);

        assertThatThrownBy(() -> Fixtures.recorded("PR-1", draft, seedDay()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs a deposit bank account");
    }

    @Test
    void aPaymentDatedInTheFutureIsRefused() {
        assertThatThrownBy(() -> Fixtures.recorded("PR-1", cashDraft(miniMarket(), "100"), Fixtures.on(
                PAID_ON.minusDays(1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is in the future");
    }

    @Test
    void anInactiveCustomerCannotReceivePayments() {
        Customer closed = Customer.create("9999", new CustomerDetails("TUTUP", null, null, false), seedDay());

        assertThatThrownBy(() -> Fixtures.recorded("PR-1", cashDraft(closed, "100"), seedDay()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("inactive");
    }

    @Test
    void anEmptyPaymentNamesEveryMissingFieldAtOnce() {
        PaymentDraft empty = new PaymentDraft(null, null, null, null, null, null, null, false, null, null);

        assertThatThrownBy(() -> CustomerPayment.record(empty, seedDay()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("customerCode", "method", "paymentDate", "amount"));
    }

    @Test
    void aGiroWithBadFieldsIsRefusedTogetherWithTheRestOfThePayment() {
        PaymentDraft draft = new PaymentDraft(miniMarket(), PAID_ON, PaymentMethod.GIRO, bri(), null, null,
                new GiroDetails(" ", "BCA", null, PAID_ON, PAID_ON.plusDays(80)), false, null, null);

        assertThatThrownBy(() -> CustomerPayment.record(draft, seedDay()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("amount", "giro.number", "giro.effectiveDate"));
    }
}
