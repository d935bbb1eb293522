package id.lunas.domain.customerpayment;

import static id.lunas.domain.Fixtures.CLEARS_ON;
import static id.lunas.domain.Fixtures.PAID_ON;
import static id.lunas.domain.Fixtures.bri;
import static id.lunas.domain.Fixtures.cashDraft;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.on;
import static id.lunas.domain.Fixtures.seedDay;
import static id.lunas.domain.Fixtures.seedGiroPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.Fixtures;
import id.lunas.domain.giro.GiroDetails;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentTransitionsTest {

    @Nested
    class Resolve {

        @Test
        void theSeedGiroIsCompletedOnItsClearingDate() {
            CustomerPayment payment = seedGiroPayment();

            payment.resolve(CLEARS_ON, seedDay());

            assertThat(payment.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
            assertThat(payment.getResolvedDate()).isEqualTo(LocalDate.of(2023, 8, 22));
            assertThat(payment.getEvents()).last().satisfies(event -> {
                assertThat(event.getAction()).isEqualTo(PaymentAction.RESOLVED);
                assertThat(event.getFromStatus()).isEqualTo(PaymentStatus.ACTIVE);
                assertThat(event.getToStatus()).isEqualTo(PaymentStatus.COMPLETED);
                assertThat(event.getUser()).isEqualTo("finance");
            });
        }

        @Test
        void aResolvedDateBeforeThePaymentDateIsRefusedInWordsFinanceUnderstands() {
            assertThatThrownBy(() -> seedGiroPayment().resolve(LocalDate.of(2023, 8, 20), seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e).hasMessage("Resolved date 20 Aug 2023 is before the payment date 21 Aug 2023");
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("resolvedDate");
                    });
        }

        @Test
        void aGiroCannotClearBeforeItsEffectiveDate() {
            CustomerPayment payment = Fixtures.recorded("PR-1", new PaymentDraft(miniMarket(), PAID_ON,
                    PaymentMethod.GIRO, bri(), null, new BigDecimal("100"),
                    new GiroDetails("BG-2", "BCA", null, PAID_ON, PAID_ON.plusDays(10)), false, null, null), seedDay());

            assertThatThrownBy(() -> payment.resolve(PAID_ON.plusDays(9), seedDay()))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("before the giro's effective date");
        }

        @Test
        void aResolvedDateInTheFutureIsRefused() {
            assertThatThrownBy(() -> seedGiroPayment().resolve(CLEARS_ON, on(PAID_ON)))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("is in the future");
        }

        @Test
        void anExpiredGiroCannotClear() {
            assertThatThrownBy(() -> seedGiroPayment().resolve(LocalDate.of(2023, 10, 31), on(LocalDate.of(2023, 11, 5))))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("70-day window ended on 30 Oct 2023")
                    .hasMessageContaining("record it as rejected");
        }

        @Test
        void theLastDayOfTheWindowStillClears() {
            CustomerPayment payment = seedGiroPayment();
            payment.resolve(LocalDate.of(2023, 10, 30), on(LocalDate.of(2023, 11, 5)));
            assertThat(payment.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
        }

        @Test
        void aResolvedDateIsRequired() {
            assertThatThrownBy(() -> seedGiroPayment().resolve(null, seedDay()))
                    .isInstanceOf(InvalidInputException.class).hasMessage("Resolved date is required");
        }

        @Test
        void onlyActivePaymentsCanBeResolved() {
            CustomerPayment completed = Fixtures.recorded("PR-2", cashDraft(miniMarket(), "10"), seedDay());

            assertThatThrownBy(() -> completed.resolve(PAID_ON, seedDay()))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessage("Payment PR-2 is Completed; only Active payments can be resolved");
        }
    }

    @Nested
    class Confirm {

        @Test
        void aConfirmedGiroCollectionWaitsAsActive() {
            CustomerPayment collection = Fixtures.collected("PR-3", Fixtures.giroDraft(miniMarket()), seedDay());

            collection.confirm(seedDay());

            assertThat(collection.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
            assertThat(collection.getEvents()).last().extracting(PaymentEvent::getAction).isEqualTo(PaymentAction.CONFIRMED);
        }

        @Test
        void aConfirmedCashCollectionIsCompleted() {
            CustomerPayment collection = Fixtures.collected("PR-4", cashDraft(miniMarket(), "10"), seedDay());

            collection.confirm(seedDay());

            assertThat(collection.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
            assertThat(collection.getResolvedDate()).isEqualTo(PAID_ON);
        }

        @Test
        void onlyPendingCollectionsCanBeConfirmed() {
            assertThatThrownBy(() -> seedGiroPayment().confirm(seedDay()))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("only Pending payments can be confirmed");
        }
    }

    @Nested
    class Receipt {

        @Test
        void anActiveOrCompletedPaymentHasAReceipt() {
            CustomerPayment giro = seedGiroPayment();
            giro.requireReceiptable();
            giro.resolve(CLEARS_ON, seedDay());
            giro.requireReceiptable();

            assertThat(giro.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
        }

        @Test
        void aCancelledPaymentHasNoReceipt() {
            CustomerPayment payment = seedGiroPayment();
            payment.cancel("Entered twice", seedDay());

            assertThatThrownBy(payment::requireReceiptable).isInstanceOfSatisfying(RuleViolationException.class,
                    e -> assertThat(e.message().code()).isEqualTo("receipt.cancelled"));
        }
    }

    @Nested
    class Cancel {

        @Test
        void aCancelledPaymentKeepsItsReasonAndDate() {
            CustomerPayment payment = seedGiroPayment();

            payment.cancel("Customer paid by transfer instead", on(LocalDate.of(2023, 8, 25)));

            assertThat(payment.getStatus()).isEqualTo(PaymentStatus.CANCELLED);
            assertThat(payment.getCancelReason()).isEqualTo("Customer paid by transfer instead");
            assertThat(payment.getCancelledDate()).isEqualTo(LocalDate.of(2023, 8, 25));
            assertThat(payment.getEvents()).last().extracting(PaymentEvent::getNote)
                    .isEqualTo("Customer paid by transfer instead");
        }

        @Test
        void aCompletedPaymentCanBeCancelledWithAReason() {
            CustomerPayment payment = Fixtures.recorded("PR-5", cashDraft(miniMarket(), "10"), seedDay());

            payment.cancel("Counterfeit notes", seedDay());

            assertThat(payment.getStatus()).isEqualTo(PaymentStatus.CANCELLED);
        }

        @Test
        void aReasonIsRequired() {
            assertThatThrownBy(() -> seedGiroPayment().cancel("  ", seedDay()))
                    .isInstanceOf(InvalidInputException.class).hasMessage("Cancel reason is required");
        }

        @Test
        void cancelledIsFinal() {
            CustomerPayment payment = seedGiroPayment();
            payment.cancel("Duplicate", seedDay());

            assertThatThrownBy(() -> payment.cancel("Again", seedDay()))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("already cancelled");
            assertThatThrownBy(() -> payment.resolve(CLEARS_ON, seedDay())).isInstanceOf(RuleViolationException.class);
        }
    }

    @Nested
    class RejectGiro {

        @Test
        void aRejectedGiroIsCancelledWithTheBanksReasonKept() {
            CustomerPayment payment = seedGiroPayment();

            payment.rejectGiro(LocalDate.of(2023, 8, 23), RejectionReason.INSUFFICIENT_FUNDS, "Kosong", seedDay());

            assertThat(payment.getStatus()).isEqualTo(PaymentStatus.CANCELLED);
            assertThat(payment.getRejection().getReason()).isEqualTo(RejectionReason.INSUFFICIENT_FUNDS);
            assertThat(payment.getRejection().getDate()).isEqualTo(LocalDate.of(2023, 8, 23));
            assertThat(payment.getRejection().getNote()).isEqualTo("Kosong");
            assertThat(payment.getEvents()).last().extracting(PaymentEvent::getAction)
                    .isEqualTo(PaymentAction.GIRO_REJECTED);
        }

        @Test
        void aRejectionBeforeTheEffectiveDateIsRefused() {
            assertThatThrownBy(() -> seedGiroPayment().rejectGiro(PAID_ON, RejectionReason.OTHER, null, seedDay()))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessage("Rejected date 21 Aug 2023 is before the giro's effective date 22 Aug 2023");
        }

        @Test
        void aRejectionInTheFutureIsRefused() {
            assertThatThrownBy(() -> seedGiroPayment().rejectGiro(LocalDate.of(2023, 9, 2), RejectionReason.OTHER, null,
                    seedDay()))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("is in the future");
        }

        @Test
        void onlyGiroPaymentsCanBeRejectedByTheBank() {
            CustomerPayment transfer = Fixtures.recorded("PR-6", new PaymentDraft(miniMarket(), PAID_ON,
                    PaymentMethod.BANK_TRANSFER, bri(), null, new BigDecimal("10"), null, true, null, null), seedDay());

            assertThatThrownBy(() -> transfer.rejectGiro(CLEARS_ON, RejectionReason.OTHER, null, seedDay()))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("only giro payments");
        }

        @Test
        void onlyActiveGirosCanBeRejected() {
            CustomerPayment payment = seedGiroPayment();
            payment.resolve(CLEARS_ON, seedDay());

            assertThatThrownBy(() -> payment.rejectGiro(CLEARS_ON, RejectionReason.OTHER, null, seedDay()))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("is Completed");
        }

        @Test
        void aReasonIsRequired() {
            assertThatThrownBy(() -> seedGiroPayment().rejectGiro(CLEARS_ON, null, null, seedDay()))
                    .isInstanceOf(InvalidInputException.class).hasMessage("Rejection reason is required");
        }
    }
}
