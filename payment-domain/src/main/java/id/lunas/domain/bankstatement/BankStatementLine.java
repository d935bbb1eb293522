package id.lunas.domain.bankstatement;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankstatement.reading.Direction;
import id.lunas.domain.bankstatement.reading.StatementEntry;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.EventArguments;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.Message;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One line of an imported statement, with what matching proposed for it and, once confirmed, the
 * payment or deposit it settled. A line settles at most one payment and a payment is settled by at
 * most one line (unique columns), so the same money never clears twice, also under a race.
 */
@Entity
@Table(name = "bank_statement_line")
public class BankStatementLine {

    public static final int DESCRIPTION_LENGTH = 500;
    public static final int REFERENCE_LENGTH = 200;
    /** Ambiguous lines list their candidates' numbers; a long list helps nobody choose. */
    public static final int LISTED_CANDIDATES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id", nullable = false)
    private BankStatement statement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_account_id", nullable = false)
    private BankAccount bankAccount;

    /** The line of the bank's file it was read from. */
    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "booking_date", nullable = false)
    private LocalDate bookingDate;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 8)
    private Direction direction;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "reference", length = REFERENCE_LENGTH)
    private String reference;

    /** The line's identity in its account across statements (see {@link LineKeys}). */
    @Column(name = "line_key", nullable = false, length = 64)
    private String lineKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private LineState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 20)
    private LineAction action;

    @Column(name = "proposed_payment_id")
    private Long proposedPaymentId;

    @Column(name = "proposed_deposit_id")
    private Long proposedDepositId;

    /** The proposed payment or deposit number, or the numbers to choose from. */
    @Column(name = "candidates", length = 300)
    private String candidates;

    @Column(name = "reason_code", length = 60)
    private String reasonCode;

    @Convert(converter = EventArguments.class)
    @Column(name = "reason_args", length = 1000)
    private List<Object> reasonArguments;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "matched_payment_id")
    private CustomerPayment matchedPayment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "matched_deposit_id")
    private GiroDeposit matchedDeposit;

    @Column(name = "ignore_reason", length = 500)
    private String ignoreReason;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "settled_by", length = 100)
    private String settledBy;

    protected BankStatementLine() {
    }

    /** A new line of {@code statement} with matching's proposal for it. */
    public static BankStatementLine of(BankStatement statement, StatementEntry entry, String lineKey, Proposal proposal) {
        BankStatementLine line = new BankStatementLine();
        line.statement = statement;
        line.bankAccount = statement.getBankAccount();
        line.lineNumber = entry.sourceLine();
        line.bookingDate = entry.bookingDate();
        line.valueDate = entry.valueDate();
        line.direction = entry.direction();
        line.amount = entry.amount();
        line.description = BankStatement.cut(entry.description(), DESCRIPTION_LENGTH);
        line.reference = BankStatement.cut(entry.reference(), REFERENCE_LENGTH);
        line.lineKey = lineKey;
        line.state = proposal.state();
        line.action = proposal.action();
        MatchCandidate only = proposal.state() == LineState.PROPOSED ? proposal.only() : null;
        if (only != null && only.kind() == MatchCandidate.Kind.DEPOSIT) {
            line.proposedDepositId = only.id();
        } else if (only != null) {
            line.proposedPaymentId = only.id();
        }
        line.candidates = proposal.candidates().isEmpty() ? null : BankStatement.cut(proposal.candidates().stream()
                .limit(LISTED_CANDIDATES).map(MatchCandidate::number).collect(Collectors.joining(", ")), 300);
        line.reasonCode = proposal.reason().code();
        line.reasonArguments = proposal.reason().arguments();
        return line;
    }

    /** Why this line cannot be confirmed as proposed, or nothing when it can. */
    public Optional<FieldError> confirmRefusal() {
        if (state != LineState.PROPOSED) {
            return Optional.of(new FieldError(field(), "statementLine.notProposed", (long) lineNumber, state));
        }
        return Optional.empty();
    }

    /**
     * What settling this line with a payment a person chose does: a return line (a debit, or one with
     * the words of a return) records the giro rejected, a credit resolves the giro or the transfer.
     */
    public LineAction actionFor(PaymentMethod method) {
        if (!isCredit() || StatementMatcher.isReturn(description)) {
            return LineAction.REJECT_GIRO;
        }
        return method == PaymentMethod.GIRO ? LineAction.RESOLVE_GIRO : LineAction.RESOLVE_TRANSFER;
    }

    /** Settled a payment: the line keeps it, and no other line can take it. */
    public void settled(CustomerPayment payment, LineAction how, ChangeContext change) {
        requireOpen();
        matchedPayment = payment;
        close(how, change);
    }

    /** Settled a whole giro deposit. */
    public void settled(GiroDeposit deposit, ChangeContext change) {
        requireOpen();
        matchedDeposit = deposit;
        close(LineAction.RESOLVE_DEPOSIT, change);
    }

    /** Not customer money; the reason stays with the line. */
    public void ignore(String reason, ChangeContext change) {
        String why = Texts.requiredNote("reason", reason, 500);
        requireOpen();
        ignoreReason = why;
        state = LineState.IGNORED;
        settledAt = change.at();
        settledBy = change.user();
    }

    /** A matched or ignored line is done: it cannot settle another payment. */
    public void requireOpen() {
        if (state == LineState.MATCHED || state == LineState.IGNORED) {
            throw new RuleViolationException(field(), "statementLine.done", (long) lineNumber, state);
        }
    }

    private void close(LineAction how, ChangeContext change) {
        action = how;
        state = LineState.MATCHED;
        settledAt = change.at();
        settledBy = change.user();
    }

    public String field() {
        return "lines[" + lineNumber + "]";
    }

    public boolean isCredit() {
        return direction == Direction.CREDIT;
    }

    public Message reason() {
        return reasonCode == null ? null : new Message(reasonCode, reasonArguments);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public BankStatement getStatement() {
        return statement;
    }

    public BankAccount getBankAccount() {
        return bankAccount;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public LocalDate getBookingDate() {
        return bookingDate;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getDescription() {
        return description;
    }

    public String getReference() {
        return reference;
    }

    public String getLineKey() {
        return lineKey;
    }

    public LineState getState() {
        return state;
    }

    public LineAction getAction() {
        return action;
    }

    public Long getProposedPaymentId() {
        return proposedPaymentId;
    }

    public Long getProposedDepositId() {
        return proposedDepositId;
    }

    public String getCandidates() {
        return candidates;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public List<Object> getReasonArguments() {
        return reasonArguments;
    }

    public CustomerPayment getMatchedPayment() {
        return matchedPayment;
    }

    public GiroDeposit getMatchedDeposit() {
        return matchedDeposit;
    }

    public String getIgnoreReason() {
        return ignoreReason;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public String getSettledBy() {
        return settledBy;
    }
}
