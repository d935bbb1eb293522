package id.lunas.service.books;

import static id.lunas.service.TestData.giro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.shared.RuleViolationException;
import id.lunas.service.ComponentDeployment;
import id.lunas.service.TestData;
import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentDetails;
import id.lunas.service.platform.BusinessClock;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A change dated before today and a month-end closing at the same moment: the change is judged by
 * the closing date as committed, never by the one it read before the closing committed.
 */
@ExtendWith(ArquillianExtension.class)
class ClosingWhileChangingIT {

    private static final LocalDate TODAY = LocalDate.of(2023, 9, 1);

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.war("closing-while-changing");
    }

    @Inject
    BooksService books;

    @Inject
    CustomerPaymentService payments;

    @Inject
    TestData data;

    @Inject
    BusinessClock clock;

    @Inject
    UserTransaction transaction;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    /** Opened when the closing may commit: by the test, or at the latest after it. */
    private final CountDownLatch commit = new CountDownLatch(1);
    private Future<?> closing;

    @BeforeEach
    void onFirstSeptember2023() {
        clock.use(Clock.fixed(Instant.parse("2023-09-01T03:00:00Z"), ZoneId.of("Asia/Jakarta")));
    }

    @AfterEach
    void reopenTheBooksAndBackToRealTime() throws Exception {
        commit.countDown();
        if (closing != null) {
            closing.get(30, TimeUnit.SECONDS);
        }
        threads.shutdownNow();
        if (books.view().closedThrough() != null) {
            books.reopen(null, "the test closed them");
        }
        clock.use(Clock.system(ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void aResolveDatedIntoAMonthBeingClosedWaitsForTheClosingAndIsThenRefused() throws Exception {
        String number = payments.record(giro(data.customer(), data.bankAccount(), "100.00")).number();
        closeThroughYesterdayUncommitted();

        Future<PaymentDetails> resolve = threads.submit(() -> payments.resolve(number, TODAY.minusDays(7), null));

        assertThatThrownBy(() -> resolve.get(2, TimeUnit.SECONDS))
                .as("the resolve waits while the closing holds the books").isInstanceOf(TimeoutException.class);
        commit.countDown();
        closing.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> resolve.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.message().code()).isEqualTo("period.closed"));
    }

    @Test
    void aResolveDatedTodayNeedsNoWaitForAClosing() throws Exception {
        String number = payments.record(giro(data.customer(), data.bankAccount(), "100.00")).number();
        closeThroughYesterdayUncommitted();

        PaymentDetails resolved = threads.submit(() -> payments.resolve(number, TODAY, null)).get(30, TimeUnit.SECONDS);

        assertThat(resolved.resolvedDate()).isEqualTo(TODAY);
    }

    /** Closes the books through yesterday in a transaction of its own that commits once {@link #commit} opens. */
    private void closeThroughYesterdayUncommitted() throws InterruptedException {
        CountDownLatch closedButNotCommitted = new CountDownLatch(1);
        closing = threads.submit(() -> {
            transaction.begin();
            books.close(TODAY.minusDays(1));
            closedButNotCommitted.countDown();
            commit.await();
            transaction.commit();
            return null;
        });
        assertThat(closedButNotCommitted.await(30, TimeUnit.SECONDS)).isTrue();
    }
}
