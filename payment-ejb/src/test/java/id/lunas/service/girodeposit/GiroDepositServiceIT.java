package id.lunas.service.girodeposit;

import static id.lunas.service.TestData.PAID_ON;
import static id.lunas.service.TestData.giro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.girodeposit.GiroDepositStatus;
import id.lunas.domain.girodeposit.GiroPlace;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.service.ComponentDeployment;
import id.lunas.service.Concurrently;
import id.lunas.service.Concurrently.Outcome;
import id.lunas.service.TestData;
import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentDetails;
import id.lunas.service.customerpayment.PaymentHistoryEntry;
import id.lunas.service.customerpayment.PaymentQueries;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.PageRequest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Giros taken to the bank together, under the locks that keep each giro on one deposit. */
@ExtendWith(ArquillianExtension.class)
class GiroDepositServiceIT {

    private static final LocalDate DEPOSIT_DAY = LocalDate.of(2023, 8, 28);

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.war("giro-deposits");
    }

    @Inject
    GiroDepositService deposits;

    @Inject
    GiroDepositQueries depositQueries;

    @Inject
    CustomerPaymentService payments;

    @Inject
    PaymentQueries paymentQueries;

    @Inject
    TestData data;

    @Inject
    BusinessClock clock;

    private String customer;
    private String account;

    @BeforeEach
    void onFirstSeptember2023() {
        clock.use(Clock.fixed(Instant.parse("2023-09-01T03:00:00Z"), ZoneId.of("Asia/Jakarta")));
        customer = data.customer();
        account = data.bankAccount();
    }

    @AfterEach
    void backToRealTime() {
        clock.use(Clock.system(ZoneId.of("Asia/Jakarta")));
    }

    private List<String> giros(int count, String amount) {
        return IntStream.range(0, count).mapToObj(i -> payments.record(giro(customer, account, amount)).number())
                .toList();
    }

    private GiroDepositDetails deposit(List<String> numbers) {
        return deposits.create(new DepositRequest(account, DEPOSIT_DAY, numbers));
    }

    @Test
    void aDepositIsNumberedCountedAndItsGirosAreDepositedInTheirHistory() {
        List<String> numbers = giros(2, "150000.50");

        GiroDepositDetails deposit = deposit(numbers);

        assertThat(deposit.number()).matches("SG-2308\\d{5}");
        assertThat(deposit.giroCount()).isEqualTo(2);
        assertThat(deposit.totalAmount()).isEqualByComparingTo("300001.00");
        assertThat(deposit.status()).isEqualTo(GiroDepositStatus.OPEN);
        assertThat(deposit.giros()).extracting(GiroDepositDetails.DepositedGiro::paymentNumber)
                .containsExactlyElementsOf(numbers);
        PaymentDetails first = paymentQueries.find(numbers.get(0)).orElseThrow();
        assertThat(first.giro().depositNumber()).isEqualTo(deposit.number());
        assertThat(first.giro().place()).isEqualTo(GiroPlace.IN_CLEARING);
        assertThat(paymentQueries.history(numbers.get(0))).extracting(PaymentHistoryEntry::action)
                .containsExactly(PaymentAction.RECORDED, PaymentAction.DEPOSITED);
    }

    @Test
    void candidatesAreTheDueGirosInHandWithTotalsPerAccount() {
        List<String> numbers = giros(3, "100.00");
        deposit(numbers.subList(0, 1));

        DepositCandidates candidates = depositQueries.candidates(account, DEPOSIT_DAY, PageRequest.of(0, 50));

        assertThat(candidates.accounts()).filteredOn(t -> t.bankAccountCode().equals(account)).singleElement()
                .satisfies(total -> {
                    assertThat(total.giroCount()).isEqualTo(2);
                    assertThat(total.totalAmount()).isEqualByComparingTo("200.00");
                });
        assertThat(candidates.giros().items()).extracting(DepositCandidates.CandidateGiro::paymentNumber)
                .containsExactlyInAnyOrderElementsOf(numbers.subList(1, 3));
        assertThat(candidates.giros().totalItems()).isEqualTo(2);
        assertThat(depositQueries.candidates(account, PAID_ON, PageRequest.of(0, 50)).giros().items())
                .as("not yet effective on the day it was received").isEmpty();
    }

    @Test
    void aRefusedDepositSavesNothingAndNamesEveryRefusedGiro() {
        List<String> numbers = giros(3, "100.00");
        payments.resolve(numbers.get(1), DEPOSIT_DAY, null);

        assertThatThrownBy(() -> deposit(numbers)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("payments[1]"));

        assertThat(paymentQueries.find(numbers.get(0)).orElseThrow().giro().depositNumber()).isNull();
        assertThat(depositQueries.candidates(account, DEPOSIT_DAY, PageRequest.of(0, 50)).giros().totalItems())
                .isEqualTo(2);
    }

    @Test
    void twentyConcurrentDepositsOfOverlappingGirosPutEachGiroOnExactlyOneDeposit() throws Exception {
        List<String> numbers = giros(30, "10.00");
        AtomicInteger writer = new AtomicInteger();

        List<Outcome<GiroDepositDetails>> outcomes = Concurrently.run(20, () -> {
            List<String> mine = new ArrayList<>(numbers);
            Collections.shuffle(mine, new Random(writer.incrementAndGet()));
            return deposit(mine.subList(0, 3));
        });

        List<GiroDepositDetails> made = outcomes.stream().filter(Outcome::succeeded).map(Outcome::value).toList();
        assertThat(made).isNotEmpty();
        assertThat(outcomes).filteredOn(o -> !o.succeeded())
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(RuleViolationException.class));
        Map<String, Long> depositsPerGiro = made.stream().flatMap(d -> d.giros().stream())
                .collect(Collectors.groupingBy(GiroDepositDetails.DepositedGiro::paymentNumber, Collectors.counting()));
        assertThat(depositsPerGiro).allSatisfy((giro, count) -> assertThat(count).as(giro).isEqualTo(1));
        Map<String, String> onDeposit = numbers.stream().map(n -> paymentQueries.find(n).orElseThrow())
                .filter(p -> p.giro().depositNumber() != null)
                .collect(Collectors.toMap(PaymentDetails::number, p -> p.giro().depositNumber()));
        assertThat(onDeposit.keySet()).isEqualTo(depositsPerGiro.keySet());
        Map<String, GiroDepositDetails> byNumber = made.stream()
                .collect(Collectors.toMap(GiroDepositDetails::number, Function.identity()));
        assertThat(onDeposit).allSatisfy((giro, deposit) -> assertThat(byNumber.get(deposit).giros())
                .extracting(GiroDepositDetails.DepositedGiro::paymentNumber).contains(giro));
        assertThat(made).allSatisfy(d -> assertThat(depositQueries.get(d.number()).giroCount()).isEqualTo(3));
    }

    @Test
    void resolvingTheDepositClearsEveryGiroOnTheCreditDateAndClosesIt() {
        List<String> numbers = giros(2, "100.00");
        String number = deposit(numbers).number();

        GiroDepositDetails resolved = deposits.resolve(number, DEPOSIT_DAY.plusDays(1));

        assertThat(resolved.status()).isEqualTo(GiroDepositStatus.CLOSED);
        assertThat(resolved.giros()).allSatisfy(g -> {
            assertThat(g.status()).isEqualTo(PaymentStatus.COMPLETED);
            assertThat(g.resolvedDate()).isEqualTo(DEPOSIT_DAY.plusDays(1));
        });
        assertThat(paymentQueries.history(numbers.get(0))).last()
                .satisfies(e -> assertThat(e.detail().arguments()).contains(number));
    }

    @Test
    void rejectingTheLastWaitingGiroClosesTheDeposit() {
        List<String> numbers = giros(2, "100.00");
        String number = deposit(numbers).number();
        payments.resolve(numbers.get(0), DEPOSIT_DAY.plusDays(1), null);
        assertThat(depositQueries.get(number).status()).isEqualTo(GiroDepositStatus.OPEN);

        payments.rejectGiro(numbers.get(1), DEPOSIT_DAY.plusDays(1), RejectionReason.INSUFFICIENT_FUNDS, null, null);

        assertThat(depositQueries.get(number).status()).isEqualTo(GiroDepositStatus.CLOSED);
    }

    @Test
    void aCancelledDepositsGirosAreBackInHandAndCanBeDepositedAgain() {
        List<String> numbers = giros(2, "100.00");
        String number = deposit(numbers).number();

        assertThat(deposits.cancel(number).status()).isEqualTo(GiroDepositStatus.CANCELLED);

        assertThat(paymentQueries.find(numbers.get(0)).orElseThrow().giro().place()).isEqualTo(GiroPlace.IN_HAND);
        assertThat(deposit(numbers).giroCount()).isEqualTo(2);
    }

    @Test
    void bulkResolveIsAllOrNothingAndNamesEveryRefusedPayment() {
        List<String> numbers = giros(3, "100.00");
        payments.resolve(numbers.get(2), DEPOSIT_DAY, null);

        assertThatThrownBy(() -> payments.resolveAll(DEPOSIT_DAY, numbers))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.message().code()).isEqualTo("refused.payments");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("payments[2]");
                });
        assertThat(paymentQueries.find(numbers.get(0)).orElseThrow().status()).isEqualTo(PaymentStatus.ACTIVE);

        List<PaymentDetails> resolved = payments.resolveAll(DEPOSIT_DAY, numbers.subList(0, 2));

        assertThat(resolved).extracting(PaymentDetails::status).containsOnly(PaymentStatus.COMPLETED);
        assertThat(paymentQueries.find(numbers.get(1)).orElseThrow().resolvedDate()).isEqualTo(DEPOSIT_DAY);
    }

    @Test
    void bulkResolveOfADepositsGirosClosesTheDeposit() {
        List<String> numbers = giros(2, "100.00");
        String number = deposit(numbers).number();

        payments.resolveAll(DEPOSIT_DAY, numbers);

        assertThat(depositQueries.get(number).status()).isEqualTo(GiroDepositStatus.CLOSED);
    }
}
