package id.lunas.web.bankstatement.api;

import id.lunas.domain.bankstatement.LineAction;
import id.lunas.domain.bankstatement.LineState;
import id.lunas.domain.bankstatement.reading.ColumnMapping;
import id.lunas.domain.bankstatement.reading.Direction;
import id.lunas.domain.bankstatement.reading.StatementValues.Decimals;
import id.lunas.service.bankstatement.Reconciliation;
import id.lunas.service.bankstatement.StaleGiro;
import id.lunas.service.bankstatement.StatementDetails;
import id.lunas.service.bankstatement.StatementLineView;
import id.lunas.service.bankstatement.StatementSummary;
import id.lunas.service.platform.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bodies of {@code /api/bank-statements}: what clients send and what they get, reasons in their language. */
public final class StatementBodies {

    private StatementBodies() {
    }

    /** {@code POST /{id}/confirm}: the file's line numbers to confirm; none confirms every proposed line. */
    public record StatementConfirm(List<Integer> lines) {
    }

    /** {@code POST /{id}/lines/{line}/match}: the payment or the deposit the line settles. */
    public record LineMatch(String payment, String deposit) {
    }

    /** {@code POST /{id}/lines/{line}/ignore}. */
    public record LineIgnore(String reason) {
    }

    /** The saved CSV mapping of a bank account, column captions as in the bank's header row. */
    public record StatementMapping(String date, String valueDate, String description, String reference, String debit,
                          String credit, String amount, String balance, String dateFormat, Decimals decimals) {

        static StatementMapping of(ColumnMapping mapping) {
            return new StatementMapping(mapping.date(), mapping.valueDate(), mapping.description(), mapping.reference(),
                    mapping.debit(), mapping.credit(), mapping.amount(), mapping.balance(), mapping.dateFormat(),
                    mapping.decimals());
        }

        ColumnMapping checked() {
            return ColumnMapping.checked(date, valueDate, description, reference, debit, credit, amount, balance,
                    dateFormat, decimals);
        }
    }

    /** A line with its match; {@code reason} in the request's language, {@code reasonCode} for clients. */
    public record BankStatementLine(int line, LocalDate bookingDate, LocalDate valueDate, Direction direction,
                                    BigDecimal amount, String description, String reference, LineState state,
                                    LineAction action, List<String> candidates, String reason, String reasonCode,
                                    String matchedPayment, String matchedDeposit, String ignoreReason,
                                    String settledBy, Instant settledAt) {

        static BankStatementLine of(StatementLineView view, Locale language) {
            return new BankStatementLine(view.lineNumber(), view.bookingDate(), view.valueDate(), view.direction(),
                    view.amount(), view.description(), view.reference(), view.state(), view.action(), view.candidates(),
                    view.reason() == null ? null : view.reason().in(language),
                    view.reason() == null ? null : view.reason().code(), view.matchedPayment(), view.matchedDeposit(),
                    view.ignoreReason(), view.settledBy(), view.settledAt());
        }
    }

    public record BankStatementDetails(StatementSummary statement, Map<LineState, Long> counts,
                                       Page<BankStatementLine> lines) {

        static BankStatementDetails of(StatementDetails details, Locale language) {
            return new BankStatementDetails(details.statement(), details.counts(),
                    details.lines().map(view -> BankStatementLine.of(view, language)));
        }
    }

    public record BankReconciliation(String bankAccountCode, LocalDate lastStatementDate, int businessDays,
                                     LocalDate effectiveOnOrBefore, Page<BankStatementLine> unmatchedCredits,
                                     Page<StaleGiro> staleGiros) {

        static BankReconciliation of(Reconciliation r, Locale language) {
            return new BankReconciliation(r.bankAccountCode(), r.lastStatementDate(), r.businessDays(),
                    r.effectiveOnOrBefore(),
                    r.unmatchedCredits().map(view -> BankStatementLine.of(view, language)), r.staleGiros());
        }
    }
}
