package id.lunas.domain.customerpayment;

import static id.lunas.domain.Fixtures.PAID_ON;
import static id.lunas.domain.Fixtures.bri;
import static id.lunas.domain.Fixtures.cashDraft;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.on;
import static id.lunas.domain.Fixtures.recorded;
import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankaccount.BankAccountDetails;
import id.lunas.domain.giro.GiroDetails;
import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.girodeposit.GiroDepositStatus;
import id.lunas.domain.girodeposit.GiroPlace;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Message;
import id.lunas.domain.shared.MessageCatalog;
import id.lunas.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GiroDepositingTest {

    private static final LocalDate DEPOSIT_DAY = LocalDate.of(2023, 8, 28);

    private final BankAccount bri = bri();

    private CustomerPayment giro(String number, String amount, LocalDate effective, BankAccount account) {
        return recorded(number, new PaymentDraft(miniMarket(), PAID_ON, PaymentMethod.GIRO, account, null,
                new BigDecimal(amount), new GiroDetails("BG-" + number, "BCA", "1188 MINI MARKET", PAID_ON, effective),
                false, null, null), seedDay());
    }

    private CustomerPayment giro(String number, String amount) {
        return giro(number, amount, PAID_ON.plusDays(1), bri);
    }

    private GiroDeposit deposit(LocalDate day, BankAccount account) {
        GiroDeposit deposit = GiroDeposit.open(account, day, seedDay());
        deposit.numbered("SG-230800001");
        return deposit;
    }

    private GiroDeposit depositOf(CustomerPayment... giros) {
        GiroDeposit deposit = deposit(DEPOSIT_DAY, bri);
        GiroDepositing.deposit(deposit, List.of(giros), seedDay());
        return deposit;
    }

    private static List<String> refusedCodes(RuleViolationException refused) {
        return refused.errors().stream().map(error -> ((Message) error.arguments().get(1)).code())
                .toList();
    }

    @Nested
    class Depositing {

        @Test
        void theChosenGirosGoOnTheDepositWhichCountsAndTotalsThem() {
            CustomerPayment first = giro("PR-1", "1000000.50");
            CustomerPayment second = giro("PR-2", "250000.25");

            GiroDeposit deposit = depositOf(first, second);

            assertThat(deposit.getGiroCount()).isEqualTo(2);
            assertThat(deposit.getTotalAmount()).isEqualByComparingTo("1250000.75");
            assertThat(first.getDeposit()).isSameAs(deposit);
            assertThat(first.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
            assertThat(first.getEvents()).last().satisfies(event -> {
                assertThat(event.getAction()).isEqualTo(PaymentAction.DEPOSITED);
                assertThat(event.getDetail().code()).isEqualTo("event.deposited");
                assertThat(event.getDetail().arguments()).containsExactly("SG-230800001", DEPOSIT_DAY);
            });
        }

        @Test
        void aDepositDateThatHasNotComeYetIsRefused() {
            assertThatThrownBy(() -> GiroDeposit.open(bri, LocalDate.of(2023, 9, 2), seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.message().code()).isEqualTo("deposit.inFuture");
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("depositDate");
                    });
        }

        @Test
        void aDepositWithoutGirosIsRefused() {
            assertThatThrownBy(() -> GiroDepositing.deposit(deposit(DEPOSIT_DAY, bri), List.of(), seedDay()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("deposit.noGiros"));
        }

        @Test
        void aGiroNotYetEffectiveOnTheDepositDateIsRefused() {
            CustomerPayment early = giro("PR-3", "100", DEPOSIT_DAY.plusDays(1), bri);

            assertThat(early.depositRefusal(deposit(DEPOSIT_DAY, bri))).map(FieldError::code)
                    .contains("deposit.notYetEffective");
        }

        @Test
        void aGiroEffectiveOnTheDepositDateItselfIsTaken() {
            CustomerPayment due = giro("PR-3", "100", DEPOSIT_DAY, bri);

            assertThat(due.depositRefusal(deposit(DEPOSIT_DAY, bri))).isEmpty();
        }

        @Test
        void aGiroWhoseWindowHasEndedIsRefusedWithTheAdviceToRejectOrCancelIt() {
            CustomerPayment expired = giro("PR-4", "100");
            GiroDeposit late = GiroDeposit.open(bri, LocalDate.of(2023, 10, 31), on(LocalDate.of(2023, 11, 1)));

            assertThat(expired.depositRefusal(late)).hasValueSatisfying(refusal -> {
                assertThat(refusal.code()).isEqualTo("deposit.windowEnded");
                assertThat(refusal.arguments()).containsExactly("PR-4", LocalDate.of(2023, 10, 30));
            });
        }

        @Test
        void theLastDayOfTheWindowCanStillBeDeposited() {
            GiroDeposit lastDay = GiroDeposit.open(bri, LocalDate.of(2023, 10, 30), on(LocalDate.of(2023, 11, 1)));

            assertThat(giro("PR-4", "100").depositRefusal(lastDay)).isEmpty();
        }

        @Test
        void aGiroReceivedForAnotherAccountIsRefused() {
            BankAccount bca = BankAccount.create("BCA-01", new BankAccountDetails("BCA", "777", "PT Lunas", true),
                    seedDay());
            GiroDeposit toBca = deposit(DEPOSIT_DAY, bca);

            assertThat(giro("PR-5", "100").depositRefusal(toBca)).map(FieldError::code)
                    .contains("deposit.otherBankAccount");
        }

        @Test
        void aGiroAlreadyOnADepositCannotGoOnAnother() {
            CustomerPayment taken = giro("PR-7", "100");
            depositOf(taken);

            assertThat(taken.depositRefusal(deposit(DEPOSIT_DAY, bri))).hasValueSatisfying(refusal -> {
                assertThat(refusal.code()).isEqualTo("deposit.alreadyDeposited");
                assertThat(refusal.arguments()).containsExactly("PR-7", "SG-230800001");
            });
        }

        @Test
        void onlyActiveGirosCanBeDeposited() {
            CustomerPayment cash = recorded("PR-8", cashDraft(miniMarket(), "100"), seedDay());
            CustomerPayment cleared = giro("PR-9", "100");
            cleared.resolve(PAID_ON.plusDays(2), seedDay());
            GiroDeposit deposit = deposit(DEPOSIT_DAY, bri);

            assertThat(cash.depositRefusal(deposit)).map(FieldError::code).contains("deposit.notGiro");
            assertThat(cleared.depositRefusal(deposit)).map(FieldError::code).contains("deposit.notActive");
        }

        @Test
        void oneRefusedGiroStopsTheWholeDepositAndEveryRefusedOneIsNamed() {
            CustomerPayment fine = giro("PR-10", "100");
            CustomerPayment early = giro("PR-11", "100", DEPOSIT_DAY.plusDays(2), bri);
            CustomerPayment taken = giro("PR-12", "100");
            depositOf(taken);
            GiroDeposit deposit = deposit(DEPOSIT_DAY, bri);

            assertThatThrownBy(() -> GiroDepositing.deposit(deposit, List.of(fine, early, taken), seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.message().code()).isEqualTo("refused.payments");
                        assertThat(e.message().arguments()).containsExactly(2L, 3L);
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("payments[1]", "payments[2]");
                        assertThat(refusedCodes(e)).containsExactly("deposit.notYetEffective", "deposit.alreadyDeposited");
                        assertThat(MessageCatalog.render(e.errors().get(0).message(), Locale.ENGLISH))
                                .isEqualTo("PR-11: PR-11 is effective on 30 Aug 2023, after the deposit date 28 Aug 2023");
                        assertThat(MessageCatalog.render(e.errors().get(0).message(), Locale.forLanguageTag("id")))
                                .startsWith("PR-11: ");
                    });
            assertThat(fine.getDeposit()).isNull();
            assertThat(deposit.getGiroCount()).isZero();
        }
    }

    @Nested
    class Resolving {

        @Test
        void theBankCreditClearsEveryGiroOnItsDateAndClosesTheDeposit() {
            CustomerPayment first = giro("PR-1", "100");
            CustomerPayment second = giro("PR-2", "200");
            GiroDeposit deposit = depositOf(first, second);

            GiroDepositing.resolve(deposit, List.of(first, second), DEPOSIT_DAY.plusDays(1), seedDay());

            assertThat(List.of(first, second)).allSatisfy(giro -> {
                assertThat(giro.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
                assertThat(giro.getResolvedDate()).isEqualTo(DEPOSIT_DAY.plusDays(1));
                assertThat(giro.getEvents()).last().satisfies(event -> {
                    assertThat(event.getDetail().code()).isEqualTo("event.resolvedWithDeposit");
                    assertThat(event.getDetail().arguments()).containsExactly(DEPOSIT_DAY.plusDays(1), "SG-230800001");
                });
            });
            assertThat(deposit.getStatus()).isEqualTo(GiroDepositStatus.CLOSED);
            assertThat(deposit.getClosedDate()).isEqualTo(seedDay().today());
        }

        @Test
        void aCreditDateBeforeTheDepositDateIsRefused() {
            CustomerPayment giro = giro("PR-1", "100");
            GiroDeposit deposit = depositOf(giro);

            assertThatThrownBy(() -> GiroDepositing.resolve(deposit, List.of(giro), DEPOSIT_DAY.minusDays(1), seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.message().code()).isEqualTo("deposit.creditBeforeDeposit"));
            assertThat(giro.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
            assertThat(deposit.isOpen()).isTrue();
        }

        @Test
        void eachGirosOwnWindowStillAppliesAndOneRefusalResolvesNone() {
            CustomerPayment inWindow = giro("PR-1", "100", PAID_ON.plusDays(1), bri);
            CustomerPayment expiring = recorded("PR-2", new PaymentDraft(miniMarket(), PAID_ON, PaymentMethod.GIRO, bri,
                    null, new BigDecimal("100"), new GiroDetails("BG-OLD", "BCA", null, PAID_ON.minusDays(60), PAID_ON),
                    false, null, null), seedDay());
            GiroDeposit deposit = depositOf(inWindow, expiring);
            LocalDate credit = PAID_ON.plusDays(11);

            assertThatThrownBy(() -> GiroDepositing.resolve(deposit, List.of(inWindow, expiring), credit, seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("payments[1]");
                        assertThat(refusedCodes(e)).containsExactly("resolve.afterWindow");
                    });
            assertThat(inWindow.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
            assertThat(deposit.isOpen()).isTrue();
        }

        @Test
        void aRejectedGiroIsLeftAsItIsAndTheRestAreResolved() {
            CustomerPayment bounced = giro("PR-1", "100");
            CustomerPayment good = giro("PR-2", "200");
            GiroDeposit deposit = depositOf(bounced, good);
            bounced.rejectGiro(DEPOSIT_DAY.plusDays(1), RejectionReason.INSUFFICIENT_FUNDS, null, seedDay());
            GiroDepositing.closeIfSettled(deposit, List.of(bounced, good), seedDay());
            assertThat(deposit.isOpen()).isTrue();

            GiroDepositing.resolve(deposit, List.of(bounced, good), DEPOSIT_DAY.plusDays(1), seedDay());

            assertThat(bounced.getStatus()).isEqualTo(PaymentStatus.CANCELLED);
            assertThat(good.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
            assertThat(deposit.getStatus()).isEqualTo(GiroDepositStatus.CLOSED);
        }

        @Test
        void aDepositIsClosedOnceTheBankHasAnsweredForEveryGiro() {
            CustomerPayment first = giro("PR-1", "100");
            CustomerPayment second = giro("PR-2", "200");
            GiroDeposit deposit = depositOf(first, second);
            first.rejectGiro(DEPOSIT_DAY.plusDays(1), RejectionReason.INSUFFICIENT_FUNDS, null, seedDay());
            second.resolve(DEPOSIT_DAY.plusDays(1), seedDay());

            GiroDepositing.closeIfSettled(deposit, List.of(first, second), seedDay());

            assertThat(deposit.getStatus()).isEqualTo(GiroDepositStatus.CLOSED);
        }

        @Test
        void aClosedDepositCannotBeResolvedAgain() {
            CustomerPayment giro = giro("PR-1", "100");
            GiroDeposit deposit = depositOf(giro);
            GiroDepositing.resolve(deposit, List.of(giro), DEPOSIT_DAY, seedDay());

            assertThatThrownBy(() -> GiroDepositing.resolve(deposit, List.of(giro), DEPOSIT_DAY, seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.message().code()).isEqualTo("deposit.notOpen"));
        }
    }

    @Nested
    class Cancelling {

        @Test
        void aCancelledDepositsGirosGoBackToHandReadyForAnotherDeposit() {
            CustomerPayment giro = giro("PR-1", "100");
            GiroDeposit deposit = depositOf(giro);

            GiroDepositing.cancel(deposit, List.of(giro), seedDay());

            assertThat(deposit.getStatus()).isEqualTo(GiroDepositStatus.CANCELLED);
            assertThat(giro.getDeposit()).isNull();
            assertThat(giro.place(seedDay().today())).contains(GiroPlace.IN_HAND);
            assertThat(giro.getEvents()).last().satisfies(event -> {
                assertThat(event.getAction()).isEqualTo(PaymentAction.RETURNED_TO_HAND);
                assertThat(event.getDetail().arguments()).containsExactly("SG-230800001");
            });
            assertThat(giro.depositRefusal(deposit(DEPOSIT_DAY, bri))).isEmpty();
        }

        @Test
        void aDepositTheBankHasAnsweredForInPartCannotBeCancelled() {
            CustomerPayment cleared = giro("PR-1", "100");
            CustomerPayment waiting = giro("PR-2", "100");
            GiroDeposit deposit = depositOf(cleared, waiting);
            cleared.resolve(DEPOSIT_DAY, seedDay());

            assertThatThrownBy(() -> GiroDepositing.cancel(deposit, List.of(cleared, waiting), seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.message().code()).isEqualTo("deposit.cancelSettled");
                        assertThat(e.message().arguments()).containsExactly("SG-230800001", "PR-1",
                                PaymentStatus.COMPLETED);
                    });
            assertThat(waiting.getDeposit()).isSameAs(deposit);
            assertThat(deposit.isOpen()).isTrue();
        }
    }

    @Nested
    class Place {

        @Test
        void anActiveGiroIsInHandThenDepositedOnItsDepositDayThenInClearing() {
            CustomerPayment giro = giro("PR-1", "100");
            assertThat(giro.place(DEPOSIT_DAY)).contains(GiroPlace.IN_HAND);

            depositOf(giro);

            assertThat(giro.place(DEPOSIT_DAY)).contains(GiroPlace.DEPOSITED);
            assertThat(giro.place(DEPOSIT_DAY.plusDays(1))).contains(GiroPlace.IN_CLEARING);
        }

        @Test
        void aPaymentThatIsNotAnActiveGiroHasNoPlace() {
            CustomerPayment giro = giro("PR-1", "100");
            giro.resolve(DEPOSIT_DAY, seedDay());

            assertThat(giro.place(DEPOSIT_DAY)).isEmpty();
            assertThat(recorded("PR-2", cashDraft(miniMarket(), "100"), seedDay()).place(DEPOSIT_DAY)).isEmpty();
        }
    }

    @Nested
    class BulkResolve {

        @Test
        void everyTickedPaymentIsResolvedOnTheOneDate() {
            CustomerPayment first = giro("PR-1", "100");
            CustomerPayment second = giro("PR-2", "200");

            PaymentBatches.resolveAll(List.of(first, second), DEPOSIT_DAY, seedDay());

            assertThat(List.of(first, second)).extracting(CustomerPayment::getResolvedDate)
                    .containsOnly(DEPOSIT_DAY);
        }

        @Test
        void oneRefusedPaymentResolvesNoneAndEveryRefusedOneIsNamedWithItsReason() {
            CustomerPayment fine = giro("PR-1", "100");
            CustomerPayment notYet = giro("PR-2", "100", DEPOSIT_DAY.plusDays(1), bri);
            CustomerPayment done = giro("PR-3", "100");
            done.resolve(DEPOSIT_DAY, seedDay());

            assertThatThrownBy(() -> PaymentBatches.resolveAll(List.of(fine, notYet, done), DEPOSIT_DAY, seedDay()))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("payments[1]", "payments[2]");
                        assertThat(refusedCodes(e)).containsExactly("resolve.beforeEffectiveDate", "transition.resolve");
                        assertThat(e).hasMessage("2 of 3 payments were refused; nothing was changed");
                    });
            assertThat(fine.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
        }

        @Test
        void nothingTickedIsRefused() {
            assertThatThrownBy(() -> PaymentBatches.resolveAll(List.of(), DEPOSIT_DAY, seedDay()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("bulk.nonePicked"));
        }

        @Test
        void aMissingResolvedDateIsRefusedOnItsField() {
            assertThatThrownBy(() -> PaymentBatches.resolveAll(List.of(giro("PR-1", "100")), null, seedDay()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("resolvedDate"));
        }
    }
}
