package id.lunas.domain.customerpayment;

import static id.lunas.domain.Fixtures.PAID_ON;
import static id.lunas.domain.Fixtures.cashDraft;
import static id.lunas.domain.Fixtures.giroDraft;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.on;
import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.Fixtures;
import id.lunas.domain.audit.AdministrationAction;
import id.lunas.domain.audit.AdministrationEvent;
import id.lunas.domain.collection.Handover;
import id.lunas.domain.credit.CreditMode;
import id.lunas.domain.credit.GiroCheck;
import id.lunas.domain.credit.GiroRisk;
import id.lunas.domain.credit.RiskLevel;
import id.lunas.domain.credit.RiskThresholds;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each giro mode at entry: Allow takes the giro, Verify waits for a second person, Block refuses or holds. */
class GiroModesTest {

    private static final List<LocalDate> KOSONG = List.of(LocalDate.of(2023, 8, 28), LocalDate.of(2023, 7, 3),
            LocalDate.of(2023, 5, 2));
    private static final GiroCheck BLOCK = GiroCheck.of(GiroRisk.of(LocalDate.of(2023, 9, 1), KOSONG,
            RiskThresholds.STANDARD), null);
    private static final GiroCheck VERIFY = GiroCheck.of(GiroRisk.of(LocalDate.of(2023, 9, 1), KOSONG.subList(0, 2),
            RiskThresholds.STANDARD), null);
    private static final ChangeContext SOMEONE_ELSE = new ChangeContext("siti", Instant.parse("2023-09-01T04:00:00Z"),
            LocalDate.of(2023, 9, 1));

    private final Customer shop = miniMarket();

    @Test
    void theRiskLevelSetsTheModeAndAWarningAloneChangesNothingAtEntry() {
        assertThat(List.of(RiskLevel.NONE, RiskLevel.WARN, RiskLevel.VERIFY, RiskLevel.BLOCK).stream()
                .map(CreditMode::of)).containsExactly(CreditMode.ALLOW, CreditMode.ALLOW, CreditMode.VERIFY,
                CreditMode.BLOCK);
        assertThat(BLOCK.mode()).isEqualTo(CreditMode.BLOCK);
        assertThat(VERIFY.mode()).isEqualTo(CreditMode.VERIFY);
    }

    @Test
    void aGiroOfABlockedCustomerIsRefusedNamingEveryRejectionAndCashIsStillTaken() {
        assertThatThrownBy(() -> CustomerPayment.record(giroDraft(shop), seedDay(), BLOCK))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e).hasMessage("Giros from customer 1188 are blocked: 3 kosong rejections in the last 6 "
                            + "months. Take cash or a transfer, or ask a finance manager for an override");
                    assertThat(e.errors()).extracting(FieldError::field).containsOnly("giro").hasSize(3);
                    assertThat(e.errors().get(0).message().toString()).contains("28 Aug 2023");
                });

        CustomerPayment cash = CustomerPayment.record(cashDraft(shop, "500.00"), seedDay(), BLOCK);
        assertThat(cash.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
    }

    @Test
    void aGiroOfACustomerToVerifyWaitsPendingUntilSomeoneOtherThanItsRecorderConfirmsIt() {
        CustomerPayment giro = CustomerPayment.record(giroDraft(shop), seedDay(), VERIFY);
        giro.numbered("PR-1");

        assertThat(giro.getStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(giro.isVerificationRequired()).isTrue();
        assertThatThrownBy(() -> giro.confirm(seedDay(), VERIFY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("PR-1 needs a second look: someone other than finance, who entered it, confirms it");

        giro.confirm(SOMEONE_ELSE, VERIFY);
        assertThat(giro.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
    }

    @Test
    void aFieldGiroOfABlockedCustomerIsKeptHeldAndConfirmedOnlyOnceTheBlockIsLifted() {
        CustomerPayment collection = CustomerPayment.collect(giroDraft(shop), seedDay(), BLOCK);
        collection.numbered("PR-2");

        assertThat(collection.getStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(collection.isCreditHold()).isTrue();
        assertThatThrownBy(() -> collection.confirm(SOMEONE_ELSE, BLOCK))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("a finance manager must lift the block");

        collection.confirm(SOMEONE_ELSE, GiroCheck.of(GiroRisk.of(LocalDate.of(2023, 9, 1), KOSONG,
                RiskThresholds.STANDARD), CreditMode.ALLOW));
        assertThat(collection.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
    }

    @Test
    void aCashCollectionOfABlockedCustomerIsNotHeld() {
        assertThat(CustomerPayment.collect(cashDraft(shop, "10.00"), seedDay(), BLOCK).isCreditHold()).isFalse();
    }

    @Test
    void aManagersOverrideNeedsAReasonAndIsAudited() {
        assertThatThrownBy(() -> shop.overrideGiroMode(CreditMode.ALLOW, " ", seedDay()))
                .isInstanceOf(InvalidInputException.class);

        AdministrationEvent allowed = shop.overrideGiroMode(CreditMode.ALLOW, "Paid the bounced giros in cash",
                on(PAID_ON));
        AdministrationEvent automatic = shop.overrideGiroMode(null, "Back to the risk", on(PAID_ON));

        assertThat(allowed.getAction()).isEqualTo(AdministrationAction.GIRO_MODE_SET);
        assertThat(allowed.getToValue()).isEqualTo("ALLOW: Paid the bounced giros in cash");
        assertThat(automatic.getFromValue()).isEqualTo("ALLOW: Paid the bounced giros in cash");
        assertThat(shop.getGiroMode()).isNull();
        assertThat(GiroCheck.of(GiroRisk.of(LocalDate.of(2023, 9, 1), KOSONG, RiskThresholds.STANDARD),
                CreditMode.VERIFY)).satisfies(check -> {
                    assertThat(check.mode()).isEqualTo(CreditMode.VERIFY);
                    assertThat(check.overridden()).isTrue();
                });
    }

    @Test
    void aHeldGiroHandedOverGoesIntoTheSafeButStaysPendingUntilTheBlockIsLifted() {
        CustomerPayment held = CustomerPayment.collect(new PaymentDraft(shop, PAID_ON, PaymentMethod.GIRO,
                Fixtures.bri(), "andi", new java.math.BigDecimal("100.00"), Fixtures.seedGiro(), false, null, null),
                seedDay(), BLOCK);
        held.numbered("PR-3");
        Handover handover = Handover.open("andi", LocalDate.of(2023, 9, 1), seedDay());
        handover.numbered("ST-230900001");

        HandingOver.handOver(handover, List.of(held), java.util.Set.of("PR-3"), java.math.BigDecimal.ZERO, null,
                SOMEONE_ELSE, collection -> BLOCK);

        assertThat(held.getStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(held.getHandover()).isSameAs(handover);
        assertThat(held.getEvents()).last().extracting(PaymentEvent::getAction)
                .isEqualTo(PaymentAction.HANDED_OVER_HELD);
    }
}
