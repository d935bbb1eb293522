package id.lunas.domain.bankstatement;

import static id.lunas.domain.Fixtures.CLEARS_ON;
import static id.lunas.domain.Fixtures.SEED_AMOUNT;
import static id.lunas.domain.Fixtures.seedDay;
import static id.lunas.domain.Fixtures.seedGiroPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.Fixtures;
import id.lunas.domain.bankstatement.StatementClearing.Settlement;
import id.lunas.domain.bankstatement.reading.Direction;
import id.lunas.domain.bankstatement.reading.StatementEntry;
import id.lunas.domain.bankstatement.reading.StatementFile;
import id.lunas.domain.bankstatement.reading.StatementFormat;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.shared.Message;
import id.lunas.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementClearingTest {

    private static BankStatementLine line(Direction direction, LocalDate valueDate, String description) {
        StatementEntry entry = new StatementEntry(6, valueDate, valueDate, direction, SEED_AMOUNT, description, "");
        StatementFile file = new StatementFile("0123", "MDR1", null, null, List.of(entry));
        BankStatement statement = BankStatement.of(Fixtures.bri(), StatementFormat.MT940, file, "digest", "s.sta",
                seedDay());
        MatchCandidate giro = MatchCandidate.giro(1, "PR-230800811", SEED_AMOUNT, "BG-778812", CLEARS_ON,
                CLEARS_ON.plusDays(60), "1188", "1188 MINI MARKET");
        return BankStatementLine.of(statement, entry, "key", new StatementMatcher(List.of(giro)).propose(entry));
    }

    @Test
    void aConfirmedLineResolvesItsGiroOnTheLinesValueDateAndIsMatchedOnce() {
        CustomerPayment giro = seedGiroPayment();
        LocalDate valueDate = CLEARS_ON.plusDays(2);
        BankStatementLine line = line(Direction.CREDIT, valueDate, "KLIRING BG 778812");
        assertThat(line.getState()).isEqualTo(LineState.PROPOSED);

        StatementClearing.settle(List.of(Settlement.ofPayment(line, LineAction.RESOLVE_GIRO, giro)), seedDay());

        assertThat(giro.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(giro.getResolvedDate()).isEqualTo(valueDate);
        assertThat(line.getState()).isEqualTo(LineState.MATCHED);
        assertThat(line.getMatchedPayment()).isSameAs(giro);
        assertThatThrownBy(() -> StatementClearing.settle(List.of(Settlement.ofPayment(line, LineAction.RESOLVE_GIRO,
                giro)), seedDay()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.code()).containsExactly("statementLine.refused"));
    }

    @Test
    void aLineDatedBeforeTheGirosEffectiveDateIsRefusedAndChangesNothing() {
        CustomerPayment giro = seedGiroPayment();
        BankStatementLine line = line(Direction.CREDIT, CLEARS_ON.minusDays(1), "KLIRING BG 778812");

        assertThatThrownBy(() -> StatementClearing.settle(List.of(Settlement.ofPayment(line, LineAction.RESOLVE_GIRO,
                giro)), seedDay()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("lines[6]"));
        assertThat(giro.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
        assertThat(line.getState()).isNotEqualTo(LineState.MATCHED);
    }

    @Test
    void aReturnLineRecordsTheGiroRejectedAsKosongWhenTheBankSaysTheFundsWereShort() {
        CustomerPayment giro = seedGiroPayment();
        BankStatementLine line = line(Direction.DEBIT, CLEARS_ON.plusDays(1), "TOLAKAN KLIRING BG 778812 DANA TIDAK CUKUP");
        assertThat(line.getAction()).isEqualTo(LineAction.REJECT_GIRO);

        StatementClearing.settle(List.of(Settlement.ofPayment(line, LineAction.REJECT_GIRO, giro)), seedDay());

        assertThat(giro.getStatus()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(giro.getRejection().getReason()).isEqualTo(RejectionReason.INSUFFICIENT_FUNDS);
    }

    @Test
    void aLineForAnotherAmountCannotSettleAPayment() {
        CustomerPayment cash = Fixtures.recorded("PR-230800900", Fixtures.cashDraft(Fixtures.miniMarket(), "10.00"),
                seedDay());
        BankStatementLine line = line(Direction.CREDIT, CLEARS_ON, "TRANSFER");

        assertThatThrownBy(() -> StatementClearing.settle(List.of(Settlement.ofPayment(line,
                LineAction.RESOLVE_TRANSFER, cash)), seedDay()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.errors().get(0).arguments())
                        .filteredOn(Message.class::isInstance).extracting(reason -> ((Message) reason).code())
                        .containsExactly("statementLine.otherAmount"));
        assertThat(cash.getStatus()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(line.getState()).isNotEqualTo(LineState.MATCHED);
    }

    @Test
    void aPaymentChosenByHandIsRejectedFromAReturnLineAndResolvedFromACredit() {
        assertThat(line(Direction.DEBIT, CLEARS_ON, "TOLAKAN BG 778812").actionFor(PaymentMethod.GIRO))
                .isEqualTo(LineAction.REJECT_GIRO);
        assertThat(line(Direction.CREDIT, CLEARS_ON, "RETUR KLIRING BG 778812").actionFor(PaymentMethod.GIRO))
                .isEqualTo(LineAction.REJECT_GIRO);
        assertThat(line(Direction.CREDIT, CLEARS_ON, "KLIRING").actionFor(PaymentMethod.GIRO))
                .isEqualTo(LineAction.RESOLVE_GIRO);
        assertThat(line(Direction.CREDIT, CLEARS_ON, "TRSF CV SINAR JAYA").actionFor(PaymentMethod.BANK_TRANSFER))
                .isEqualTo(LineAction.RESOLVE_TRANSFER);
    }
}
