package id.lunas.service.bankstatement;

import id.lunas.domain.bankstatement.BankStatementLine;
import id.lunas.domain.bankstatement.LineAction;
import id.lunas.domain.bankstatement.LineState;
import id.lunas.domain.bankstatement.reading.Direction;
import id.lunas.domain.shared.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A statement line with its match: {@code candidates} are the payment or deposit numbers proposed
 * (one when sure, several to choose from), {@code reason} why, in the reader's language once rendered.
 */
public record StatementLineView(int lineNumber, LocalDate bookingDate, LocalDate valueDate,
                                Direction direction, BigDecimal amount, String description, String reference,
                                LineState state, LineAction action, List<String> candidates, Message reason,
                                String matchedPayment, String matchedDeposit, String ignoreReason, String settledBy,
                                Instant settledAt) {

    static StatementLineView of(BankStatementLine line, String matchedPayment, String matchedDeposit) {
        List<String> candidates = line.getCandidates() == null ? List.of()
                : Arrays.stream(line.getCandidates().split(",\\s*")).toList();
        return new StatementLineView(line.getLineNumber(), line.getBookingDate(),
                line.getValueDate(), line.getDirection(), line.getAmount(), line.getDescription(), line.getReference(),
                line.getState(), line.getAction(), candidates, line.reason(), matchedPayment, matchedDeposit,
                line.getIgnoreReason(), line.getSettledBy(), line.getSettledAt());
    }
}
