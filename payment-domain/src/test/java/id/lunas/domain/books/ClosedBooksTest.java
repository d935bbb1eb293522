package id.lunas.domain.books;

import static id.lunas.domain.Fixtures.PAID_ON;
import static id.lunas.domain.Fixtures.booksClosedThrough;
import static id.lunas.domain.Fixtures.bri;
import static id.lunas.domain.Fixtures.collected;
import static id.lunas.domain.Fixtures.giroDraft;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.recorded;
import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.Fixtures;
import id.lunas.domain.collection.Handover;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.GiroDepositing;
import id.lunas.domain.customerpayment.PaymentBatches;
import id.lunas.domain.customerpayment.PaymentDraft;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.giro.GiroDetails;
import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.DomainException;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Message;
import id.lunas.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClosedBooksTest {

    /** The books are closed through the day after the seed giro was received. */
    private static final LocalDate CLOSED_THROUGH = PAID_ON.plusDays(1);
    private static final ChangeContext CLOSED = booksClosedThrough(seedDay(), CLOSED_THROUGH);

    private static void refusedAsClosed(ThrowingCallable change, String field) {
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.message().code()).isEqualTo("period.closed");
            assertThat(e.errors()).extracting(FieldError::field).containsExactly(field);
            assertThat(e).hasMessageContaining("the books are closed through 22 Aug 2023");
        });
    }

    private static String refusalCodeOfTheOnlyPayment(DomainException e) {
        return ((Message) e.errors().get(0).arguments().get(1)).code();
    }

    private static PaymentDraft giroPaidOn(LocalDate paid, LocalDate effective) {
        PaymentDraft seed = giroDraft(miniMarket());
        return new PaymentDraft(seed.customer(), paid, seed.method(), seed.bankAccount(), seed.collector(),
                seed.amount(), new GiroDetails("BG-" + paid, "BCA", null, paid, effective),
                false, null, null);
    }

    @Nested
    class Changes {

        @Test
        void aPaymentDatedOnOrBeforeTheClosingDateIsRefusedAndOneAfterItIsRecorded() {
            refusedAsClosed(() -> CustomerPayment.record(giroPaidOn(CLOSED_THROUGH, CLOSED_THROUGH), CLOSED),
                    "paymentDate");
            refusedAsClosed(() -> CustomerPayment.record(giroPaidOn(PAID_ON, PAID_ON), CLOSED), "paymentDate");

            CustomerPayment after = CustomerPayment.record(giroPaidOn(CLOSED_THROUGH.plusDays(1),
                    CLOSED_THROUGH.plusDays(1)), CLOSED);

            assertThat(after.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
        }

        @Test
        void aResolvedDateInTheClosedPeriodIsRefusedAndTheNextDayClears() {
            CustomerPayment giro = Fixtures.seedGiroPayment();

            refusedAsClosed(() -> giro.resolve(CLOSED_THROUGH, CLOSED), "resolvedDate");
            giro.resolve(CLOSED_THROUGH.plusDays(1), CLOSED);

            assertThat(giro.getResolvedDate()).isEqualTo(CLOSED_THROUGH.plusDays(1));
        }

        @Test
        void aRejectedDateInTheClosedPeriodIsRefused() {
            CustomerPayment giro = Fixtures.seedGiroPayment();

            refusedAsClosed(() -> giro.rejectGiro(CLOSED_THROUGH, RejectionReason.INSUFFICIENT_FUNDS, null, CLOSED),
                    "rejectedDate");
            giro.rejectGiro(CLOSED_THROUGH.plusDays(1), RejectionReason.INSUFFICIENT_FUNDS, null, CLOSED);

            assertThat(giro.getStatus()).isEqualTo(PaymentStatus.CANCELLED);
        }

        @Test
        void anOldPaymentCanStillBeCancelledBecauseItsCancellationIsDatedToday() {
            CustomerPayment giro = Fixtures.seedGiroPayment();

            giro.cancel("Entered twice", CLOSED);

            assertThat(giro.getCancelledDate()).isEqualTo(seedDay().today());
        }

        @Test
        void confirmingACollectionDatedInTheClosedPeriodIsRefused() {
            CustomerPayment collection = collected("PR-9", giroDraft(miniMarket()), seedDay());

            refusedAsClosed(() -> collection.confirm(CLOSED), "paymentDate");
            assertThat(collection.getStatus()).isEqualTo(PaymentStatus.PENDING);
        }

        @Test
        void allocatingMoreOfAPaymentDatedInTheClosedPeriodIsRefused() {
            CustomerPayment giro = Fixtures.seedGiroPayment();

            refusedAsClosed(() -> giro.noteAllocationAdded(List.of(), CLOSED), "paymentDate");
        }

        @Test
        void aDepositDatedInTheClosedPeriodIsRefused() {
            refusedAsClosed(() -> GiroDeposit.open(bri(), CLOSED_THROUGH, CLOSED), "depositDate");

            assertThat(GiroDeposit.open(bri(), CLOSED_THROUGH.plusDays(1), CLOSED).getDepositDate())
                    .isEqualTo(CLOSED_THROUGH.plusDays(1));
        }

        @Test
        void aHandoverDatedInTheClosedPeriodIsRefused() {
            refusedAsClosed(() -> Handover.open("andi", CLOSED_THROUGH, CLOSED), "handoverDate");
            refusedAsClosed(() -> Handover.open("andi", CLOSED_THROUGH.minusDays(1), CLOSED), "handoverDate");

            assertThat(Handover.open("andi", CLOSED_THROUGH.plusDays(1), CLOSED).getHandoverDate())
                    .isEqualTo(CLOSED_THROUGH.plusDays(1));
        }

        @Test
        void aDepositCreditedOnAClosedDayIsRefused() {
            CustomerPayment giro = recorded("PR-7", giroPaidOn(PAID_ON, PAID_ON), seedDay());
            GiroDeposit deposit = GiroDeposit.open(bri(), PAID_ON, seedDay());
            deposit.numbered("SG-230800001");
            GiroDepositing.deposit(deposit, List.of(giro), seedDay());

            refusedAsClosed(() -> GiroDepositing.resolve(deposit, List.of(giro), CLOSED_THROUGH, CLOSED),
                    "resolvedDate");
            assertThat(giro.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
        }

        @Test
        void aBulkResolveIntoTheClosedPeriodNamesEveryPayment() {
            CustomerPayment giro = Fixtures.seedGiroPayment();

            assertThatThrownBy(() -> PaymentBatches.resolveAll(List.of(giro), CLOSED_THROUGH, CLOSED))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(refusalCodeOfTheOnlyPayment(e)).isEqualTo("period.closed"));
        }
    }

    @Nested
    class ClosingAndReopening {

        private final BooksClosing books = new BooksClosing();

        @Test
        void closingMovesTheDateForwardAndIsKeptAsAnEvent() {
            BooksClosingEvent first = books.closeThrough(LocalDate.of(2023, 7, 31), seedDay());
            BooksClosingEvent second = books.closeThrough(LocalDate.of(2023, 8, 31), seedDay());

            assertThat(books.getClosedThrough()).isEqualTo(LocalDate.of(2023, 8, 31));
            assertThat(books.books().isClosed(LocalDate.of(2023, 8, 31))).isTrue();
            assertThat(books.books().isClosed(LocalDate.of(2023, 9, 1))).isFalse();
            assertThat(first.getFromDate()).isNull();
            assertThat(second.getFromDate()).isEqualTo(LocalDate.of(2023, 7, 31));
            assertThat(second.getToDate()).isEqualTo(LocalDate.of(2023, 8, 31));
            assertThat(second.getAction()).isEqualTo(BooksAction.CLOSED);
            assertThat(second.getUser()).isEqualTo("finance");
        }

        @Test
        void theBooksCannotBeClosedThroughTodayOrBackwards() {
            assertThatThrownBy(() -> books.closeThrough(seedDay().today(), seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.message().code()).isEqualTo("books.closeNotEnded"));
            books.closeThrough(LocalDate.of(2023, 8, 31), seedDay());
            assertThatThrownBy(() -> books.closeThrough(LocalDate.of(2023, 8, 31), seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.message().code()).isEqualTo("books.closeNotForward"));
            assertThatThrownBy(() -> books.closeThrough(null, seedDay())).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void reopeningMovesTheDateBackWithAReason() {
            books.closeThrough(LocalDate.of(2023, 8, 31), seedDay());

            assertThatThrownBy(() -> books.reopenTo(LocalDate.of(2023, 7, 31), " ", seedDay()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
            assertThatThrownBy(() -> books.reopenTo(LocalDate.of(2023, 8, 31), "late invoice", seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.message().code()).isEqualTo("books.reopenNotBack"));
            BooksClosingEvent reopened = books.reopenTo(LocalDate.of(2023, 7, 31), "late invoice", seedDay());

            assertThat(books.getClosedThrough()).isEqualTo(LocalDate.of(2023, 7, 31));
            assertThat(reopened.getAction()).isEqualTo(BooksAction.REOPENED);
            assertThat(reopened.getReason()).isEqualTo("late invoice");
            assertThat(books.reopenTo(null, "audit finished", seedDay()).getToDate()).isNull();
            assertThat(books.books().isClosed(PAID_ON)).isFalse();
        }

        @Test
        void booksThatAreNotClosedCannotBeReopened() {
            assertThatThrownBy(() -> books.reopenTo(null, "why not", seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.message().code()).isEqualTo("books.notClosed"));
        }
    }
}
