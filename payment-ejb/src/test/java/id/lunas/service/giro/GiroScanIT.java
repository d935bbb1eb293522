package id.lunas.service.giro;

import static id.lunas.service.TestData.PAID_ON;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.giro.GiroWatch;
import id.lunas.service.ComponentDeployment;
import id.lunas.service.Concurrently.Outcome;
import id.lunas.service.Concurrently;
import id.lunas.service.TestData;
import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentDetails;
import id.lunas.service.customerpayment.PaymentHistoryEntry;
import id.lunas.service.customerpayment.PaymentQueries;
import id.lunas.service.customerpayment.PaymentRequest.GiroRequest;
import id.lunas.service.customerpayment.PaymentRequest;
import id.lunas.service.platform.BusinessClock;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The overdue-giro scan with a clock the tests move. Grace period: the default 3 days. */
@ExtendWith(ArquillianExtension.class)
class GiroScanIT {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final LocalDate EFFECTIVE = PAID_ON.plusDays(1);

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.war("giro-scan");
    }

    @Inject
    GiroScanService scans;

    @Inject
    GiroScanLedger ledger;

    @Inject
    GiroQueries giros;

    @Inject
    CustomerPaymentService payments;

    @Inject
    PaymentQueries queries;

    @Inject
    TestData data;

    @Inject
    BusinessClock clock;

    @Inject
    TimerInspector timers;

    @Inject
    OverdueVerdicts verdicts;

    @Inject
    GiroSettings settings;

    private String customer;
    private String bank;

    @BeforeEach
    void masterData() {
        on(LocalDate.of(2023, 9, 1));
        customer = data.customer();
        bank = data.bankAccount();
    }

    @AfterEach
    void backToRealTime() {
        clock.use(Clock.system(JAKARTA));
    }

    @Test
    void aGiroIsNotOverdueThreeDaysAfterItsEffectiveDateButIsOnTheFourthAndOnlyOnce() {
        String number = giro(PAID_ON, EFFECTIVE, "500.00");

        on(EFFECTIVE.plusDays(3));
        scans.runNow();
        assertThat(queries.require(number).overdue()).isFalse();

        on(EFFECTIVE.plusDays(4));
        GiroScanView first = scans.runNow();
        GiroScanView second = scans.runNow();

        PaymentDetails flagged = queries.require(number);
        assertThat(flagged.overdue()).isTrue();
        assertThat(flagged.overdueSince()).isEqualTo(EFFECTIVE.plusDays(4));
        assertThat(first.outcome()).isEqualTo(ScanOutcome.COMPLETED);
        assertThat(first.newlyFlagged()).isPositive();
        assertThat(second.newlyFlagged()).isZero();
        assertThat(flaggings(number)).isEqualTo(1);
        assertThat(giros.overdue()).filteredOn(g -> g.number().equals(number)).singleElement()
                .satisfies(g -> assertThat(g.daysOverdue()).isEqualTo(1));
    }

    /**
     * The scan writes the domain's overdue rule as SQL for every payment at once; here both judge the
     * same giros (effective from 6 days before the cut-off to 2 after) and must agree on which are
     * flagged, from which day, and with which history line.
     */
    @Test
    void theScanFlagsExactlyWhatTheDomainsRuleFlags() {
        LocalDate today = EFFECTIVE.plusDays(10);
        List<String> numbers = new ArrayList<>();
        for (int days = 3; days <= 11; days++) {
            numbers.add(giro(PAID_ON, EFFECTIVE.plusDays(10 - days), "100.00"));
        }
        on(today);
        Map<String, OverdueVerdicts.Verdict> expected = new HashMap<>();
        numbers.forEach(number -> expected.put(number, verdicts.of(number, settings.watch())));
        assertThat(expected.values()).extracting(OverdueVerdicts.Verdict::flagged).contains(true, false);

        scans.runNow();

        for (String number : numbers) {
            OverdueVerdicts.Verdict domain = expected.get(number);
            PaymentDetails scanned = queries.require(number);
            assertThat(scanned.overdue()).as(number).isEqualTo(domain.flagged());
            assertThat(scanned.overdueSince()).as(number).isEqualTo(domain.overdueSince());
            assertThat(queries.history(number).stream().filter(e -> e.action() == PaymentAction.FLAGGED_OVERDUE)
                    .map(PaymentHistoryEntry::detail).toList())
                    .as(number).isEqualTo(domain.flagged() ? List.of(domain.detail()) : List.of());
        }
    }

    @Test
    void resolvingAnOverdueGiroClearsTheFlag() {
        String number = giro(PAID_ON, EFFECTIVE, "500.00");
        on(EFFECTIVE.plusDays(10));
        scans.runNow();
        assertThat(queries.require(number).overdue()).isTrue();

        payments.resolve(number, EFFECTIVE.plusDays(9), null);

        PaymentDetails resolved = queries.require(number);
        assertThat(resolved.overdue()).isFalse();
        assertThat(resolved.overdueSince()).isNull();
        assertThat(giros.overdue()).extracting(OverdueGiroView::number).doesNotContain(number);
    }

    @Test
    void twoConcurrentScansFlagEachGiroExactlyOnce() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            numbers.add(giro(PAID_ON, EFFECTIVE, "10.00"));
        }
        on(EFFECTIVE.plusDays(4));

        List<GiroScanView> runs = Concurrently.run(2, scans::runNow).stream().map(Outcome::value).toList();

        assertThat(runs).allSatisfy(run -> assertThat(run.outcome()).isEqualTo(ScanOutcome.COMPLETED));
        assertThat(runs.get(0).newlyFlagged() + runs.get(1).newlyFlagged()).isGreaterThanOrEqualTo(25);
        assertThat(runs).extracting(GiroScanView::newlyFlagged).contains(0);
        assertThat(numbers).allSatisfy(number -> {
            assertThat(queries.require(number).overdue()).isTrue();
            assertThat(flaggings(number)).isEqualTo(1);
        });
    }

    @Test
    void theScanCostsAFewStatementsWhateverTheNumberOfGiros() {
        for (int i = 0; i < 10; i++) {
            giro(PAID_ON, EFFECTIVE, "10.00");
        }
        on(EFFECTIVE.plusDays(4));

        GiroScanView run = scans.runNow();

        assertThat(run.newlyFlagged()).isGreaterThanOrEqualTo(10);
        assertThat(run.statements()).isLessThanOrEqualTo(8);
        assertThat(ledger.recent(5)).extracting(GiroScanView::id).contains(run.id());
    }

    @Test
    void aGiroNearTheEndOfItsWindowIsExpiringAndAfterItExpired() {
        String number = giro(PAID_ON, EFFECTIVE, "10.00");
        LocalDate lastDay = PAID_ON.plusDays(70);

        on(lastDay.minusDays(8));
        assertThat(giros.expiring()).extracting(OverdueGiroView::number).doesNotContain(number);
        on(lastDay.minusDays(7));
        assertThat(giros.expiring()).filteredOn(g -> g.number().equals(number)).singleElement()
                .satisfies(g -> {
                    assertThat(g.window()).isEqualTo(GiroWatch.WindowState.EXPIRING);
                    assertThat(g.daysToExpiry()).isEqualTo(7);
                });
        on(lastDay.plusDays(1));
        assertThat(queries.require(number).giro().window()).isEqualTo(GiroWatch.WindowState.EXPIRED);
        assertThat(scans.runNow().expired()).isPositive();
    }

    @Test
    void theBellCountsAGiroThatIsBothOverdueAndExpiringOnce() {
        LocalDate today = LocalDate.of(2041, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        on(today);
        scans.runNow();
        GiroAttention before = giros.attention();

        giro(today.minusDays(66), today.minusDays(62), "10.00");
        giro(today.minusDays(9), today.minusDays(6), "20.00");
        giro(today.minusDays(64), today.minusDays(1), "30.00");
        scans.runNow();
        GiroAttention after = giros.attention();

        assertThat(after.overdue() - before.overdue()).as("overdue").isEqualTo(2);
        assertThat(after.expiring() - before.expiring()).as("expiring").isEqualTo(2);
        assertThat(after.total() - before.total()).as("giros needing someone").isEqualTo(3);
    }

    @Test
    void theMaturityScheduleGroupsActiveGirosByEffectiveDate() {
        LocalDate issued = LocalDate.of(2031, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        on(issued);
        giro(issued, issued.plusDays(5), "100.00");
        giro(issued, issued.plusDays(5), "250.50");
        giro(issued, issued.plusDays(6), "1.00");

        List<MaturityDay> schedule = giros.maturity(issued.plusDays(5), issued.plusDays(6));

        assertThat(schedule).containsExactly(new MaturityDay(issued.plusDays(5), 2, new BigDecimal("350.50")),
                new MaturityDay(issued.plusDays(6), 1, new BigDecimal("1.00")));
    }

    @Test
    void theCustomersGiroRecordCountsClearedRejectedAndOverdueGiros() {
        String cleared = giro(PAID_ON, EFFECTIVE, "10.00");
        String rejected = giro(PAID_ON, EFFECTIVE, "20.00");
        giro(PAID_ON, EFFECTIVE, "30.00");
        on(LocalDate.of(2023, 9, 1));
        payments.resolve(cleared, EFFECTIVE, null);
        payments.rejectGiro(rejected, EFFECTIVE.plusDays(2), RejectionReason.INSUFFICIENT_FUNDS, "kosong", null);
        scans.runNow();

        GiroRecord record = giros.recordOf(customer);

        assertThat(record.received()).isEqualTo(3);
        assertThat(record.cleared()).isEqualTo(1);
        assertThat(record.rejected()).isEqualTo(1);
        assertThat(record.insufficientFundsLastSixMonths()).isEqualTo(1);
        assertThat(record.currentlyOverdue()).isEqualTo(1);
        assertThat(record.rejections()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(rejected);
            assertThat(r.reason()).isEqualTo(RejectionReason.INSUFFICIENT_FUNDS);
        });
    }

    @Test
    void theScheduleComesFromConfigurationAndAStartUpScanCaughtUp() {
        assertThat(timers.calendarSchedules()).singleElement().satisfies(schedule -> {
            assertThat(schedule.getHour()).isEqualTo("1");
            assertThat(schedule.getMinute()).isEqualTo("30");
            assertThat(schedule.getTimezone()).isEqualTo("Asia/Jakarta");
        });
        assertThat(ledger.recent(500)).anySatisfy(run -> {
            assertThat(run.trigger()).isEqualTo(ScanTrigger.CATCH_UP);
            assertThat(run.outcome()).isIn(ScanOutcome.COMPLETED, ScanOutcome.SKIPPED);
        });
    }

    private String giro(LocalDate issued, LocalDate effective, String amount) {
        return payments.record(new PaymentRequest(customer, issued, PaymentMethod.GIRO, bank, null,
                new BigDecimal(amount), new GiroRequest(TestData.unique("BG"), "BCA", null, issued, effective),
                List.of(), null, false, null)).number();
    }

    private long flaggings(String number) {
        return queries.history(number).stream().map(PaymentHistoryEntry::action)
                .filter(PaymentAction.FLAGGED_OVERDUE::equals).count();
    }

    /** A clock that keeps ticking on that day, so instants carry nanoseconds as in production. */
    private void on(LocalDate day) {
        Duration shift = Duration.between(Instant.now(), day.atTime(9, 0).atZone(JAKARTA).toInstant());
        clock.use(Clock.offset(Clock.system(JAKARTA), shift));
    }
}
