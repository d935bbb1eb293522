package id.lunas.service.credit;

import static id.lunas.service.TestData.giro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.credit.CreditMode;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.service.ComponentDeployment;
import id.lunas.service.Concurrently;
import id.lunas.service.Concurrently.Outcome;
import id.lunas.service.TestData;
import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentDetails;
import id.lunas.service.platform.BusinessClock;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Giro modes at entry under the customer's lock: a rejection changes the mode for the very next giro. */
@ExtendWith(ArquillianExtension.class)
class GiroModesIT {

    private static final LocalDate REJECTED_ON = LocalDate.of(2023, 8, 28);

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.war("giro-modes");
    }

    @Inject
    CustomerPaymentService payments;

    @Inject
    CreditQueries credit;

    @Inject
    CreditService creditService;

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

    private String recordGiro() {
        return payments.record(giro(customer, account, "100.00")).number();
    }

    private void kosong(String number) {
        payments.rejectGiro(number, REJECTED_ON, RejectionReason.INSUFFICIENT_FUNDS, "saldo tidak cukup", null);
    }

    @Test
    void aRejectionThatMovesACustomerToVerifyTakesEffectOnTheNextEntry() {
        String first = recordGiro();
        String second = recordGiro();
        kosong(first);
        assertThat(payments.record(giro(customer, account, "1.00")).status()).isEqualTo(PaymentStatus.ACTIVE);

        kosong(second);

        PaymentDetails next = payments.record(giro(customer, account, "2.00"));
        assertThat(next.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(next.verificationRequired()).isTrue();
        assertThat(credit.creditOf(customer).mode()).isEqualTo(CreditMode.VERIFY);
        assertThatThrownBy(() -> payments.confirm(next.number(), null))
                .as("the one who recorded it cannot confirm it").isInstanceOf(RuleViolationException.class);
    }

    @Test
    void concurrentGiroEntriesWhileTheThirdRejectionIsSavedAreEachVerifiedOrBlockedNeverTakenAsUsual()
            throws Exception {
        String first = recordGiro();
        String second = recordGiro();
        String third = recordGiro();
        kosong(first);
        kosong(second);
        AtomicInteger thread = new AtomicInteger();

        List<Outcome<PaymentDetails>> outcomes = Concurrently.run(9, () -> {
            if (thread.incrementAndGet() == 5) {
                kosong(third);
                return null;
            }
            return payments.record(giro(customer, account, "5.00"));
        });

        List<PaymentDetails> entered = outcomes.stream().filter(Outcome::succeeded).map(Outcome::value)
                .filter(p -> p != null).toList();
        assertThat(entered).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.PENDING);
            assertThat(p.verificationRequired()).isTrue();
        });
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).allSatisfy(o -> assertThat(o.failure())
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.message().code()).isEqualTo("credit.giroBlocked")));
        assertThat(entered.size() + outcomes.stream().filter(o -> !o.succeeded()).count()).isEqualTo(8);
        assertThatThrownBy(this::recordGiro).as("after the third rejection").isInstanceOf(RuleViolationException.class);

        creditService.overrideGiroMode(customer, CreditMode.ALLOW, "Paid the bounced giros in cash");
        assertThat(payments.record(giro(customer, account, "6.00")).status()).isEqualTo(PaymentStatus.ACTIVE);
    }
}
