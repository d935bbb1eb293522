package id.lunas.service.customerpayment;

import static id.lunas.service.TestData.allocate;
import static id.lunas.service.TestData.cash;
import static id.lunas.service.TestData.giro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.invoice.InvoiceStatus;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.StaleVersionException;
import id.lunas.service.ComponentDeployment;
import id.lunas.service.TestData;
import id.lunas.service.invoice.InvoiceService;
import id.lunas.service.invoice.InvoiceView;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.DatabaseMigration;
import id.lunas.service.platform.DuplicateException;
import id.lunas.service.platform.ListTotal;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The payment services in a real container and database: rules, transactions and rollback. */
@ExtendWith(ArquillianExtension.class)
class CustomerPaymentServiceIT {

    private static final LocalDate CLEARS_ON = LocalDate.of(2023, 8, 22);

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.war("payment-services");
    }

    @Inject
    CustomerPaymentService payments;

    @Inject
    PaymentQueries queries;

    @Inject
    InvoiceService invoices;

    @Inject
    TestData data;

    @Inject
    BusinessClock clock;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private String customer;
    private String bank;

    @BeforeEach
    void onFirstSeptember2023() {
        clock.use(Clock.fixed(Instant.parse("2023-09-01T03:00:00Z"), ZoneId.of("Asia/Jakarta")));
        customer = data.customer();
        bank = data.bankAccount();
    }

    @AfterEach
    void backToRealTime() {
        clock.use(Clock.system(ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void theSeedWalkthroughCompletesTheGiroAndClearsTheInvoice() {
        String invoice = data.invoice(customer, "30878568.81");
        String number = payments.record(giro(customer, bank, "30878568.81", allocate(invoice, "30878568.81"))).number();

        assertThat(number).matches("PR-2308\\d{5}");
        assertThat(invoices.find(invoice).orElseThrow().inClearing()).isEqualByComparingTo("30878568.81");
        assertThat(invoices.find(invoice).orElseThrow().status()).isEqualTo(InvoiceStatus.CLEARING);
        List<PaymentSummary> activeGiros = queries.list(new PaymentFilter(PaymentStatus.ACTIVE, PaymentMethod.GIRO,
                customer, null, null, null, null), PaymentSort.NEWEST_FIRST, PageRequest.of(0, 50)).items();
        assertThat(activeGiros).extracting(PaymentSummary::number).containsExactly(number);

        PaymentDetails resolved = payments.resolve(number, CLEARS_ON, null);

        assertThat(resolved.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(queries.require(number).resolvedDate()).isEqualTo(CLEARS_ON);
        InvoiceView cleared = invoices.find(invoice).orElseThrow();
        assertThat(cleared.cleared()).isEqualByComparingTo("30878568.81");
        assertThat(cleared.outstanding()).isEqualByComparingTo("0");
        assertThat(cleared.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(queries.history(number)).extracting(PaymentHistoryEntry::action)
                .containsExactly(PaymentAction.RECORDED, PaymentAction.RESOLVED);
    }

    @Test
    void aRefusedPaymentLeavesNothingBehindAndGivesItsNumberBack() {
        String invoice = data.invoice(customer, "100.00");
        String first = payments.record(cash(customer, "10.00")).number();

        assertThatThrownBy(() -> payments.record(cash(customer, "500.00", allocate(invoice, "500.00"))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("more than the outstanding");

        assertThat(queries.list(byCustomer(), PaymentSort.NEWEST_FIRST, PageRequest.of(0, 50)).totalItems()).isEqualTo(1);
        assertThat(invoices.find(invoice).orElseThrow().outstanding()).isEqualByComparingTo("100.00");
        String next = payments.record(cash(customer, "10.00")).number();
        assertThat(sequenceOf(next)).isEqualTo(sequenceOf(first) + 1);
    }

    @Test
    void theListCountsAndTotalsExactlyUpToItsLimitAndBeyondItSaysAtLeastAsManyAsReachPastThePage() {
        for (String amount : List.of("10.00", "20.50", "30.25")) {
            payments.record(cash(customer, amount));
        }

        assertThat(queries.countUpTo(byCustomer(), 3)).isEqualTo(new ListTotal(3, true, new BigDecimal("60.75")));
        assertThat(queries.countUpTo(byCustomer(), 2)).satisfies(total -> {
            assertThat(total.atLeast()).isEqualTo(3);
            assertThat(total.exact()).isFalse();
        });
        Page<PaymentSummary> firstOfTwo = queries.list(byCustomer(), PaymentSort.NEWEST_FIRST, PageRequest.of(0, 2));
        assertThat(firstOfTwo.totalItems()).isEqualTo(3);
        assertThat(firstOfTwo.totalExact()).isTrue();
        assertThat(firstOfTwo.totalAmount()).isEqualByComparingTo("60.75");
    }

    @Test
    void aRefusedResolveChangesNothing() {
        String number = payments.record(giro(customer, bank, "100.00")).number();

        assertThatThrownBy(() -> payments.resolve(number, LocalDate.of(2023, 8, 20), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Resolved date 20 Aug 2023 is before the payment date 21 Aug 2023");

        PaymentDetails unchanged = queries.require(number);
        assertThat(unchanged.status()).isEqualTo(PaymentStatus.ACTIVE);
        assertThat(unchanged.version()).isEqualTo(1);
        assertThat(queries.history(number)).hasSize(1);
    }

    @Test
    void aRejectedGiroReopensItsInvoiceAndFreesTheSheetForANewPayment() {
        String invoice = data.invoice(customer, "750.00");
        PaymentRequest request = giro(customer, bank, "750.00", allocate(invoice, "750.00"));
        String number = payments.record(request).number();
        assertThat(invoices.find(invoice).orElseThrow().status()).as("covered, but the giro has not cleared")
                .isEqualTo(InvoiceStatus.CLEARING);

        PaymentDetails rejected = payments.rejectGiro(number, LocalDate.of(2023, 8, 24),
                RejectionReason.INSUFFICIENT_FUNDS, "Kosong", null);

        assertThat(rejected.status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(rejected.rejection().reasonCode()).isEqualTo(RejectionReason.INSUFFICIENT_FUNDS);
        InvoiceView reopened = invoices.find(invoice).orElseThrow();
        assertThat(reopened.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(reopened.outstanding()).isEqualByComparingTo("750.00");
        assertThat(payments.record(request).status()).isEqualTo(PaymentStatus.ACTIVE);
    }

    @Test
    void theSameGiroSheetCannotPayTwice() {
        PaymentRequest request = giro(customer, bank, "100.00");
        String first = payments.record(request).number();

        assertThatThrownBy(() -> payments.record(request))
                .isInstanceOf(DuplicateException.class)
                .hasMessageContaining("is already on payment " + first);
    }

    @Test
    void cancellingACompletedPaymentReleasesItsAllocations() {
        String invoice = data.invoice(customer, "300.00");
        String number = payments.record(cash(customer, "300.00", allocate(invoice, "300.00"))).number();

        payments.cancel(number, "Counterfeit notes", null);

        assertThat(invoices.find(invoice).orElseThrow().outstanding()).isEqualByComparingTo("300.00");
        assertThat(queries.history(number)).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo(PaymentAction.CANCELLED);
            assertThat(event.note()).isEqualTo("Counterfeit notes");
        });
    }

    @Test
    void aConfirmedCashCollectionMovesTheInvoiceFromPendingToCleared() {
        String invoice = data.invoice(customer, "200.00");
        String number = payments.collect(cash(customer, "200.00", allocate(invoice, "200.00"))).number();
        assertThat(invoices.find(invoice).orElseThrow().pending()).isEqualByComparingTo("200.00");

        assertThat(payments.confirm(number, null).status()).isEqualTo(PaymentStatus.COMPLETED);

        InvoiceView after = invoices.find(invoice).orElseThrow();
        assertThat(after.pending()).isEqualByComparingTo("0");
        assertThat(after.cleared()).isEqualByComparingTo("200.00");
    }

    @Test
    void anUnappliedRemainderCanBeAllocatedLaterButNeverBeyondThePayment() {
        String first = data.invoice(customer, "600.00");
        String second = data.invoice(customer, "900.00");
        String number = payments.record(cash(customer, "1000.00")).number();

        PaymentDetails allocated = payments.allocate(number, List.of(allocate(first, "600.00")), 1L);

        assertThat(allocated.unappliedAmount()).isEqualByComparingTo("400.00");
        assertThat(allocated.version()).isEqualTo(2);
        assertThatThrownBy(() -> payments.allocate(number, List.of(allocate(second, "400.01")), null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(queries.history(number)).extracting(PaymentHistoryEntry::action)
                .containsExactly(PaymentAction.RECORDED, PaymentAction.ALLOCATED);
    }

    @Test
    void aCommandOnAStaleVersionIsRefused() {
        String number = payments.record(giro(customer, bank, "100.00")).number();

        assertThatThrownBy(() -> payments.resolve(number, CLEARS_ON, 7L)).isInstanceOf(StaleVersionException.class);
        assertThat(payments.resolve(number, CLEARS_ON, 1L).version()).isEqualTo(2);
    }

    @Test
    void migratingAnUpToDateDatabaseAgainChangesNothing() {
        var result = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).load().migrate();

        assertThat(result.migrationsExecuted).isZero();
        assertThat(result.targetSchemaVersion).isNull();
    }

    private PaymentFilter byCustomer() {
        return new PaymentFilter(null, null, customer, null, null, null, null);
    }

    private static int sequenceOf(String number) {
        return Integer.parseInt(number.substring(7));
    }

    static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
