package id.lunas.domain.bankstatement;

import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.GiroDepositing;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.DomainException;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.Message;
import id.lunas.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Confirming statement lines: each settles its payment with the line's value date under the
 * payment's own rules (resolve, or Giro rejected for a return line), or its deposit's giros, all or
 * none. Every refused line is named before anything changes.
 */
public final class StatementClearing {

    /** A line and what it settles: a payment, or a deposit with its giros. */
    public record Settlement(BankStatementLine line, LineAction action, CustomerPayment payment, GiroDeposit deposit,
                             List<CustomerPayment> depositGiros) {

        public static Settlement ofPayment(BankStatementLine line, LineAction action, CustomerPayment payment) {
            return new Settlement(line, action, payment, null, List.of());
        }

        public static Settlement ofDeposit(BankStatementLine line, GiroDeposit deposit, List<CustomerPayment> giros) {
            return new Settlement(line, LineAction.RESOLVE_DEPOSIT, null, deposit, giros);
        }
    }

    private StatementClearing() {
    }

    public static void settle(List<Settlement> settlements, ChangeContext change) {
        List<FieldError> refused = new ArrayList<>();
        for (Settlement settlement : settlements) {
            refusal(settlement, change).ifPresent(reason -> refused.add(new FieldError(settlement.line().field(),
                    "statementLine.refused", (long) settlement.line().getLineNumber(), reason.message())));
        }
        if (!refused.isEmpty()) {
            throw new RuleViolationException(Message.of("statementLine.refusedLines", (long) refused.size(),
                    (long) settlements.size()), refused);
        }
        settlements.forEach(settlement -> apply(settlement, change));
    }

    private static Optional<FieldError> refusal(Settlement settlement, ChangeContext change) {
        BankStatementLine line = settlement.line();
        if (line.getState() == LineState.MATCHED || line.getState() == LineState.IGNORED) {
            return Optional.of(new FieldError(line.field(), "statementLine.done", (long) line.getLineNumber(),
                    line.getState()));
        }
        boolean credit = settlement.action() != LineAction.REJECT_GIRO;
        if (credit != line.isCredit() && !StatementMatcher.isReturn(line.getDescription())) {
            return Optional.of(new FieldError(line.field(), "statementLine.wrongDirection", (long) line.getLineNumber(),
                    line.getDirection()));
        }
        if (settlement.payment() != null && settlement.payment().getAmount().compareTo(line.getAmount()) != 0) {
            return Optional.of(new FieldError(line.field(), "statementLine.otherAmount", settlement.payment().getNumber(),
                    settlement.payment().getAmount(), line.getAmount()));
        }
        if (settlement.deposit() != null && settlement.deposit().getTotalAmount().compareTo(line.getAmount()) != 0) {
            return Optional.of(new FieldError(line.field(), "statementLine.otherAmount", settlement.deposit().getNumber(),
                    settlement.deposit().getTotalAmount(), line.getAmount()));
        }
        if (settlement.action() == LineAction.RESOLVE_GIRO || settlement.action() == LineAction.RESOLVE_TRANSFER) {
            return settlement.payment().resolveRefusal(line.getValueDate(), change);
        }
        return Optional.empty();
    }

    private static void apply(Settlement settlement, ChangeContext change) {
        BankStatementLine line = settlement.line();
        try {
            switch (settlement.action()) {
                case RESOLVE_GIRO, RESOLVE_TRANSFER -> settlement.payment().resolve(line.getValueDate(), change);
                case REJECT_GIRO -> settlement.payment().rejectGiro(line.getValueDate(), reasonOf(line),
                        BankStatement.cut("Bank statement line " + line.getLineNumber() + ": " + line.getDescription(),
                                1000), change);
                case RESOLVE_DEPOSIT -> GiroDepositing.resolve(settlement.deposit(), settlement.depositGiros(),
                        line.getValueDate(), change);
            }
        } catch (DomainException refused) {
            throw new RuleViolationException(Message.of("statementLine.refused", (long) line.getLineNumber(),
                    refused.message()), List.of(new FieldError(line.field(), refused.message())));
        }
        if (settlement.deposit() != null) {
            line.settled(settlement.deposit(), change);
        } else {
            line.settled(settlement.payment(), settlement.action(), change);
        }
    }

    /** Banks write "dana tidak cukup" or "saldo kurang" for a giro kosong; anything else is kept as other. */
    static RejectionReason reasonOf(BankStatementLine line) {
        String text = line.getDescription() == null ? "" : line.getDescription().toUpperCase(Locale.ROOT);
        if (text.contains("KOSONG") || text.contains("TIDAK CUKUP") || text.contains("SALDO KURANG")
                || text.contains("INSUFFICIENT")) {
            return RejectionReason.INSUFFICIENT_FUNDS;
        }
        return text.contains("REKENING DITUTUP") || text.contains("ACCOUNT CLOSED") ? RejectionReason.ACCOUNT_CLOSED
                : RejectionReason.OTHER;
    }
}
