package id.lunas.domain.customerpayment;

import static id.lunas.domain.Fixtures.PAID_ON;
import static id.lunas.domain.Fixtures.booksClosedThrough;
import static id.lunas.domain.Fixtures.bri;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.Fixtures;
import id.lunas.domain.collection.Handover;
import id.lunas.domain.giro.GiroDetails;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandingOverTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 9, 1);

    private final CustomerPayment cash = collection("PR-1", PaymentMethod.CASH, "1500000.00", null);
    private final CustomerPayment moreCash = collection("PR-2", PaymentMethod.CASH, "250000.00", null);
    private final CustomerPayment giro = collection("PR-3", PaymentMethod.GIRO, "4000000.00",
            new GiroDetails("BG-1001", "BCA", "TOKO MAJU", PAID_ON, PAID_ON.plusDays(14)));
    private final CustomerPayment transfer = collection("PR-4", PaymentMethod.BANK_TRANSFER, "700000.00", null);

    private static CustomerPayment collection(String number, PaymentMethod method, String amount, GiroDetails giro) {
        return Fixtures.collected(number, new PaymentDraft(miniMarket(), PAID_ON, method,
                method == PaymentMethod.CASH ? null : bri(), "andi", new BigDecimal(amount), giro, false, null, null),
                seedDay());
    }

    private Handover handover() {
        Handover handover = Handover.open("andi", TODAY, seedDay());
        handover.numbered("ST-230900001");
        return handover;
    }

    @Test
    void theExpectedCashIsTheSumOfTheCashCollectionsOnly() {
        assertThat(HandingOver.expectedCash(List.of(cash, moreCash, giro, transfer))).isEqualByComparingTo("1750000.00");
    }

    @Test
    void receivedCollectionsAreConfirmedAndAGiroSheetNotReceivedStaysPendingAndFlagged() {
        Handover handover = handover();

        List<HandoverLine> lines = HandingOver.handOver(handover, List.of(cash, giro, transfer), Set.of("PR-4"),
                new BigDecimal("1450000"), "Collector paid for fuel", seedDay());

        assertThat(cash.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(transfer.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(giro.getStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(giro.getHandoverMissedOn()).isEqualTo(TODAY);
        assertThat(giro.getEvents()).last().extracting(PaymentEvent::getAction).isEqualTo(PaymentAction.NOT_HANDED_OVER);
        assertThat(cash.getHandover()).isSameAs(handover);
        assertThat(lines).extracting(HandoverLine::isReceived).containsExactly(true, false, true);
        assertThat(handover.cash().difference()).isEqualByComparingTo("-50000.00");
        assertThat(handover.hasOpenShortage()).isTrue();
        assertThat(handover.getReceivedCount()).isEqualTo(2);
        assertThat(handover.getReceivedAmount()).isEqualByComparingTo("2200000.00");
        assertThat(handover.getMissingCount()).isEqualTo(1);
        assertThat(handover.getMissingAmount()).isEqualByComparingTo("4000000.00");
    }

    @Test
    void aGiroReceivedBecomesActiveToAwaitClearing() {
        HandingOver.handOver(handover(), List.of(giro), Set.of("PR-3"), BigDecimal.ZERO, null, seedDay());

        assertThat(giro.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
        assertThat(giro.getHandoverMissedOn()).isNull();
    }

    @Test
    void aCashDifferenceWithoutAReasonIsRefusedAndNothingIsConfirmed() {
        assertThatThrownBy(() -> HandingOver.handOver(handover(), List.of(cash), Set.of(), new BigDecimal("1400000"),
                " ", seedDay()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e).hasMessage("The cash is 100,000.00 short: say why");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("differenceReason");
                });
        assertThatThrownBy(() -> HandingOver.handOver(handover(), List.of(cash), Set.of(), new BigDecimal("1500001"),
                null, seedDay()))
                .hasMessage("The cash is 1.00 over: say why");
        assertThat(cash.getStatus()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aBalancedCountNeedsNoReasonAndKeepsNone() {
        Handover handover = handover();

        HandingOver.handOver(handover, List.of(cash), Set.of(), new BigDecimal("1500000.00"), "counted twice", seedDay());

        assertThat(handover.cash().balances()).isTrue();
        assertThat(handover.getDifferenceReason()).isNull();
        assertThat(handover.hasOpenShortage()).isFalse();
    }

    @Test
    void aCollectionAlreadyHandedOverCannotBeInASecondHandover() {
        HandingOver.handOver(handover(), List.of(cash), Set.of(), new BigDecimal("1500000"), null, seedDay());

        assertThatThrownBy(() -> HandingOver.handOver(handover(), List.of(cash, moreCash), Set.of(),
                new BigDecimal("1750000"), null, seedDay()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e).hasMessage("1 of 2 payments were refused; nothing was changed");
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("payments[0]");
                        assertThat(error.message().toString()).contains("PR-1 was handed over already, in ST-230900001");
                    });
                });
        assertThat(moreCash.getStatus()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aCancelledCollectionOrAnotherCollectorsOrALaterOneIsRefused() {
        transfer.cancel("entered twice", seedDay());
        CustomerPayment budis = Fixtures.collected("PR-5", new PaymentDraft(miniMarket(), PAID_ON, PaymentMethod.CASH,
                null, "budi", BigDecimal.TEN, null, false, null, null), seedDay());
        Handover early = Handover.open("andi", PAID_ON.minusDays(1), seedDay());

        assertThatThrownBy(() -> HandingOver.handOver(handover(), List.of(cash, transfer, budis), Set.of("PR-4"),
                new BigDecimal("1500000"), null, seedDay()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.message().toString())
                        .containsExactly("PR-4: PR-4 is Cancelled; only Pending collections are handed over",
                                "PR-5: PR-5 was collected by budi"));
        assertThatThrownBy(() -> HandingOver.handOver(early, List.of(cash), Set.of(), new BigDecimal("1500000"), null,
                seedDay()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors().get(0).message()
                        .toString()).contains("was collected on 21 Aug 2023, after the handover date 20 Aug 2023"));
        assertThat(cash.getStatus()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aHandoverWithNothingToHandOverIsRefused() {
        assertThatThrownBy(() -> HandingOver.handOver(handover(), List.of(), Set.of(), BigDecimal.ZERO, null, seedDay()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Collector andi has no Pending collection to hand over");
    }

    @Test
    void aHandoverDatedInTheFutureOrInAClosedMonthIsRefused() {
        assertThatThrownBy(() -> Handover.open("andi", TODAY.plusDays(1), seedDay()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Handover date 02 Sep 2023 is in the future (today is 01 Sep 2023)");
        assertThatThrownBy(() -> Handover.open("andi", LocalDate.of(2023, 8, 31),
                booksClosedThrough(seedDay(), LocalDate.of(2023, 8, 31))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("31 Aug 2023");
        assertThat(Handover.open("andi", LocalDate.of(2023, 9, 1),
                booksClosedThrough(seedDay(), LocalDate.of(2023, 8, 31))).getHandoverDate()).isEqualTo(TODAY);
    }

    @Test
    void aShortageIsSettledOnceWithANote() {
        Handover handover = handover();
        HandingOver.handOver(handover, List.of(cash), Set.of(), new BigDecimal("1490000"), "short", seedDay());

        handover.settleShortage("Paid back in cash on 1 Sep", seedDay());

        assertThat(handover.hasOpenShortage()).isFalse();
        assertThat(handover.getShortageSettledBy()).isEqualTo("finance");
        assertThatThrownBy(() -> handover.settleShortage("again", seedDay()))
                .hasMessage("The shortage of handover ST-230900001 was settled on 01 Sep 2023");
    }

    @Test
    void aHandoverWithoutAShortageHasNothingToSettle() {
        Handover handover = handover();
        HandingOver.handOver(handover, List.of(cash), Set.of(), new BigDecimal("1500000"), null, seedDay());

        assertThatThrownBy(() -> handover.settleShortage("note", seedDay()))
                .hasMessage("Handover ST-230900001 has no cash shortage to settle");
    }
}
