package id.lunas.service.customerpayment;

import static id.lunas.service.TestData.allocate;
import static id.lunas.service.TestData.cash;
import static id.lunas.service.TestData.giro;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.service.ComponentDeployment;
import id.lunas.service.Concurrently.Outcome;
import id.lunas.service.Concurrently;
import id.lunas.service.TestData;
import id.lunas.service.invoice.InvoiceService;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.DuplicateException;
import id.lunas.service.platform.PageRequest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many writers at once: locks, not luck, decide who wins, and money is never counted twice. */
@ExtendWith(ArquillianExtension.class)
class ConcurrentPaymentsIT {

    private static final int WRITERS = 20;

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.war("concurrent-payments");
    }

    @Inject
    CustomerPaymentService payments;

    @Inject
    CollectionService collections;

    @Inject
    PaymentQueries queries;

    @Inject
    InvoiceService invoices;

    @Inject
    TestData data;

    @Inject
    BusinessClock clock;

    private String customer;

    @BeforeEach
    void onFirstSeptember2023() {
        clock.use(Clock.fixed(Instant.parse("2023-09-01T03:00:00Z"), ZoneId.of("Asia/Jakarta")));
        customer = data.customer();
    }

    @AfterEach
    void backToRealTime() {
        clock.use(Clock.system(ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void twentyParallelResolvesOfOnePaymentSucceedExactlyOnce() throws Exception {
        String number = payments.record(giro(customer, data.bankAccount(), "100.00")).number();

        List<Outcome<PaymentDetails>> outcomes = all(() -> payments.resolve(number, LocalDate.of(2023, 8, 22), null));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded())
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(RuleViolationException.class));
        assertThat(queries.history(number)).extracting(PaymentHistoryEntry::action)
                .containsExactly(PaymentAction.RECORDED, PaymentAction.RESOLVED);
    }

    @Test
    void twentyPaymentsClaimingAnInvoicesWholeOutstandingSucceedExactlyOnce() throws Exception {
        String invoice = data.invoice(customer, "1000.00");

        List<Outcome<PaymentDetails>> outcomes = all(() -> payments.record(cash(customer, "1000.00",
                allocate(invoice, "1000.00"))));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded())
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("more than the outstanding 0.00"));
        var figures = invoices.find(invoice).orElseThrow();
        assertThat(figures.allocated()).isEqualByComparingTo("1000.00");
        assertThat(figures.outstanding()).isEqualByComparingTo("0");
    }

    @Test
    void paymentsCreatedAtTheSameMomentGetDistinctNumbers() throws Exception {
        List<Outcome<PaymentDetails>> outcomes = all(() -> payments.record(cash(customer, "5.00")));

        assertThat(outcomes).allMatch(Outcome::succeeded);
        assertThat(outcomes).extracting(o -> o.value().number()).doesNotHaveDuplicates().hasSize(WRITERS);
    }

    @Test
    void theFirstPaymentsOfAMonthNobodyHasPaidInYetAllSucceedAtTheSameMoment() throws Exception {
        LocalDate freshMonth = LocalDate.of(2000 + (int) (System.nanoTime() % 20), 1 + (int) (System.nanoTime() % 12), 15);
        PaymentRequest sample = cash(customer, "5.00");
        PaymentRequest firstOfMonth = new PaymentRequest(customer, freshMonth, sample.method(), null, "Budi",
                sample.amount(), null, List.of(), null, false, null);

        List<Outcome<PaymentDetails>> outcomes = all(() -> payments.record(firstOfMonth));

        assertThat(outcomes).allMatch(Outcome::succeeded);
        assertThat(outcomes).extracting(o -> o.value().number()).doesNotHaveDuplicates().hasSize(WRITERS);
    }

    @Test
    void tenParallelReplaysOfACollectionCreateOnePayment() throws Exception {
        String key = TestData.unique("sfa");
        PaymentRequest collection = cash(customer, "250.00");

        List<Outcome<CollectionReceipt>> outcomes = Concurrently.run(10, () -> collections.receive(key, collection));

        assertThat(outcomes).allMatch(Outcome::succeeded);
        assertThat(outcomes).extracting(o -> o.value().payment().number()).containsOnly(
                outcomes.get(0).value().payment().number());
        assertThat(outcomes).filteredOn(o -> !o.value().replayed()).hasSize(1);
        assertThat(queries.list(new PaymentFilter(null, null, customer, null, null, null, null),
                PaymentSort.NEWEST_FIRST, PageRequest.of(0, 50)).totalItems()).isEqualTo(1);
    }

    @Test
    void aKeyReusedForADifferentCollectionIsRefused() {
        String key = TestData.unique("sfa");
        String first = collections.receive(key, cash(customer, "250.00")).payment().number();

        assertThat(collections.receive(key, cash(customer, "250")).replayed()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> collections.receive(key, cash(customer, "260.00")))
                .isInstanceOf(DuplicateException.class).hasMessageContaining(first);
    }

    private <T> List<Outcome<T>> all(Callable<T> task) throws Exception {
        return Concurrently.run(WRITERS, task);
    }
}
