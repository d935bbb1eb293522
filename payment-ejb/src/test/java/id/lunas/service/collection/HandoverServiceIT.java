package id.lunas.service.collection;

import static id.lunas.service.TestData.PAID_ON;
import static id.lunas.service.TestData.allocate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.setting.SettingName;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.user.Role;
import id.lunas.service.ComponentDeployment;
import id.lunas.service.Concurrently;
import id.lunas.service.Concurrently.Outcome;
import id.lunas.service.TestData;
import id.lunas.service.customerpayment.AllocationRequest;
import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentHistoryEntry;
import id.lunas.service.customerpayment.PaymentQueries;
import id.lunas.service.customerpayment.PaymentRequest;
import id.lunas.service.customerpayment.PaymentRequest.GiroRequest;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.PageRequest;
import id.lunas.service.setting.SettingService;
import id.lunas.service.user.UserAccountService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A collector's handover under the locks that confirm each collection once, and collection lists. */
@ExtendWith(ArquillianExtension.class)
class HandoverServiceIT {

    private static final LocalDate HANDOVER_DAY = LocalDate.of(2023, 8, 21);

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.war("handovers");
    }

    @Inject
    HandoverService handovers;

    @Inject
    HandoverQueries handoverQueries;

    @Inject
    CollectionListService lists;

    @Inject
    CustomerPaymentService payments;

    @Inject
    PaymentQueries paymentQueries;

    @Inject
    UserAccountService users;

    @Inject
    TestData data;

    @Inject
    BusinessClock clock;

    @Inject
    CollectorBalanceQuery balances;

    @Inject
    SettingService settings;

    private String customer;
    private String account;
    private String collector;

    @BeforeEach
    void onFirstSeptember2023() {
        clock.use(Clock.fixed(Instant.parse("2023-09-01T03:00:00Z"), ZoneId.of("Asia/Jakarta")));
        customer = data.customer();
        account = data.bankAccount();
        collector = TestData.unique("andi").toLowerCase();
        users.create(collector, "Andi", "andi-secret-2026", Set.of(Role.COLLECTOR));
    }

    @AfterEach
    void backToRealTime() {
        clock.use(Clock.system(ZoneId.of("Asia/Jakarta")));
    }

    private String collect(PaymentMethod method, String amount, String list, AllocationRequest... allocations) {
        GiroRequest giro = method == PaymentMethod.GIRO
                ? new GiroRequest(TestData.unique("BG"), "BCA", null, PAID_ON, PAID_ON.plusDays(7)) : null;
        return payments.collect(new PaymentRequest(customer, PAID_ON, method,
                method == PaymentMethod.CASH ? null : account, collector, new BigDecimal(amount), giro,
                List.of(allocations), null, false, null, list)).number();
    }

    private HandoverRequest everything(List<String> numbers, List<String> received, String cash) {
        return new HandoverRequest(collector, HANDOVER_DAY, new BigDecimal(cash), null, numbers, received);
    }

    @Test
    void eightCashiersSavingTheSameCollectorsHandoverAtOnceConfirmEachCollectionOnce() throws Exception {
        List<String> cash = Stream.of("100.00", "250.50", "300.00").map(a -> collect(PaymentMethod.CASH, a, null))
                .toList();
        List<String> giros = Stream.of("1000.00", "2000.00").map(a -> collect(PaymentMethod.GIRO, a, null)).toList();
        List<String> all = Stream.concat(cash.stream(), giros.stream()).toList();

        List<Outcome<HandoverDetails>> outcomes = Concurrently.run(8,
                () -> handovers.handOver(everything(all, giros, "650.50")));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded())
                .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(RuleViolationException.class));
        for (String number : all) {
            assertThat(paymentQueries.history(number)).extracting(PaymentHistoryEntry::action).as(number)
                    .containsOnlyOnce(PaymentAction.CONFIRMED);
        }
        assertThat(paymentQueries.find(cash.get(0)).orElseThrow().status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(paymentQueries.find(giros.get(0)).orElseThrow().status()).isEqualTo(PaymentStatus.ACTIVE);
        assertThat(handoverQueries.list(collector, null, null, PageRequest.of(0, 10)).items()).singleElement()
                .satisfies(h -> {
                    assertThat(h.receivedCount()).isEqualTo(5);
                    assertThat(h.cashDifference()).isEqualByComparingTo("0");
                });
        assertThat(handoverQueries.expected(collector, HANDOVER_DAY).collections()).isEmpty();
    }

    @Test
    void aHandoverRollsBackEntirelyWhenOneCollectionWasCancelledMeanwhile() {
        collect(PaymentMethod.CASH, "500.00", null);
        String giro = collect(PaymentMethod.GIRO, "1500.00", null);
        String transfer = collect(PaymentMethod.BANK_TRANSFER, "700.00", null);
        ExpectedHandover expected = handoverQueries.expected(collector, HANDOVER_DAY);
        assertThat(expected.cashExpected()).isEqualByComparingTo("500.00");
        assertThat(expected.giros()).extracting(ExpectedCollection::paymentNumber).containsExactly(giro);
        payments.cancel(transfer, "entered twice", null);

        List<String> shown = expected.collections().stream().map(ExpectedCollection::paymentNumber).toList();
        assertThatThrownBy(() -> handovers.handOver(new HandoverRequest(collector, HANDOVER_DAY,
                new BigDecimal("450.00"), "short", shown, List.of(transfer))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> assertThat(error.message().toString())
                                .contains(transfer + " is Cancelled")));

        assertThat(handoverQueries.expected(collector, HANDOVER_DAY).collections())
                .extracting(ExpectedCollection::status).containsOnly(PaymentStatus.PENDING).hasSize(2);
        assertThat(paymentQueries.history(giro)).extracting(PaymentHistoryEntry::action)
                .containsExactly(PaymentAction.COLLECTED);
        assertThat(handoverQueries.list(collector, null, null, PageRequest.of(0, 10)).totalItems()).isZero();
    }

    @Test
    void aGiroSheetNotHandedOverStaysPendingIsFlaggedAndCanBeHandedOverLater() {
        String cash = collect(PaymentMethod.CASH, "500.00", null);
        String giro = collect(PaymentMethod.GIRO, "1500.00", null);

        HandoverDetails first = handovers.handOver(new HandoverRequest(collector, HANDOVER_DAY,
                new BigDecimal("480.00"), "Bought fuel", List.of(cash, giro), List.of()));

        assertThat(first.cashDifference()).isEqualByComparingTo("-20.00");
        assertThat(first.missing()).singleElement().satisfies(line -> {
            assertThat(line.collection().paymentNumber()).isEqualTo(giro);
            assertThat(line.collection().missedOn()).isEqualTo(HANDOVER_DAY);
        });
        CollectorBalance balance = handoverBalance();
        assertThat(balance.pendingCount()).isEqualTo(1);
        assertThat(balance.pendingAmount()).isEqualByComparingTo("1500.00");
        assertThat(balance.shortageAmount()).isEqualByComparingTo("20.00");
        assertThat(balance.oldestWaitingDays()).isEqualTo(11);
        assertThat(balance.flagged()).as("no handover allowance is set").isFalse();
        assertThat(balances.lateCollectors()).as("without the setting nobody is late").isZero();
        try {
            settings.change(SettingName.HANDOVER_DAYS, "11");
            assertThat(handoverBalance().flagged()).as("waiting as long as allowed").isFalse();
            settings.change(SettingName.HANDOVER_DAYS, "10");
            assertThat(handoverBalance().flagged()).as("waiting longer than allowed").isTrue();
            assertThat(balances.lateCollectors()).as("the bell counts them").isPositive();
        } finally {
            settings.change(SettingName.HANDOVER_DAYS, null);
        }

        HandoverDetails second = handovers.handOver(new HandoverRequest(collector, HANDOVER_DAY.plusDays(1),
                BigDecimal.ZERO, null, List.of(giro), List.of(giro)));
        assertThat(second.received()).singleElement()
                .satisfies(line -> assertThat(line.collection().status()).isEqualTo(PaymentStatus.ACTIVE));
        handovers.settleShortage(first.number(), "Paid back");
        assertThat(handoverBalance().shortageAmount()).isEqualByComparingTo("0");
        assertThat(handoverBalance().pendingCount()).isZero();
    }

    private CollectorBalance handoverBalance() {
        return balances.of(collector);
    }

    @Test
    void aCollectionListShowsWhatWasCollectedAgainstEachInvoiceAndWhatRemains() {
        String first = data.invoice(customer, "1000.00");
        String second = data.invoice(customer, "400.00");
        CollectionListDetails list = lists.create(new CollectionListRequest(collector, HANDOVER_DAY,
                List.of(first, second)));
        assertThat(list.number()).matches("SC-2308\\d{5}");

        collect(PaymentMethod.CASH, "600.00", list.number(), allocate(first, "600.00"));
        String cancelled = collect(PaymentMethod.CASH, "100.00", list.number(), allocate(second, "100.00"));
        payments.cancel(cancelled, "wrong shop", null);

        CollectionListDetails read = lists.complete(list.number());
        assertThat(read.lines()).extracting(CollectionListDetails.Line::invoiceNumber).containsExactly(first, second);
        assertThat(read.lines().get(0).collected()).isEqualByComparingTo("600.00");
        assertThat(read.lines().get(0).remain()).isEqualByComparingTo("400.00");
        assertThat(read.lines().get(1).collected()).isEqualByComparingTo("0");
        assertThat(read.remain()).isEqualByComparingTo("800.00");
        assertThatThrownBy(() -> collect(PaymentMethod.CASH, "10.00", list.number(), allocate(first, "10.00")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is Completed");
    }
}
