package id.lunas.domain.collection;

import id.lunas.domain.shared.Amounts;
import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A serah terima setoran: at the end of the day a collector hands the cashier the money collected.
 * It keeps the cash count and its difference (with the reason), what was received and what was
 * missing, and whether a shortage has been settled. Which collections were on it, and what each
 * may do, is the payments' business (see {@code HandingOver}).
 */
@Entity
@Table(name = "collection_handover")
public class Handover extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 12)
    private String number;

    @Column(name = "collector", nullable = false, length = 100)
    private String collector;

    @Column(name = "handover_date", nullable = false)
    private LocalDate handoverDate;

    @Column(name = "cash_expected", nullable = false, precision = 15, scale = 2)
    private BigDecimal cashExpected;

    @Column(name = "cash_counted", nullable = false, precision = 15, scale = 2)
    private BigDecimal cashCounted;

    /** Counted less expected: negative is a shortage, positive a surplus. */
    @Column(name = "cash_difference", nullable = false, precision = 15, scale = 2)
    private BigDecimal cashDifference;

    @Column(name = "difference_reason", length = 500)
    private String differenceReason;

    @Column(name = "received_count", nullable = false)
    private int receivedCount;

    @Column(name = "received_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal receivedAmount;

    @Column(name = "missing_count", nullable = false)
    private int missingCount;

    @Column(name = "missing_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal missingAmount;

    @Column(name = "shortage_settled_date")
    private LocalDate shortageSettledDate;

    @Column(name = "shortage_settled_by", length = 100)
    private String shortageSettledBy;

    @Column(name = "shortage_settle_note", length = 500)
    private String shortageSettleNote;

    protected Handover() {
    }

    /** A handover of this collector's money on this day: a day that has not come, or a closed one, is refused. */
    public static Handover open(String collector, LocalDate handoverDate, ChangeContext change) {
        String who = Texts.required("collector", collector, 100);
        LocalDate date = change.dates().check("handoverDate", Texts.present("handoverDate", handoverDate));
        if (date.isAfter(change.today())) {
            throw new RuleViolationException("handoverDate", "handover.inFuture", date, change.today());
        }
        change.books().requireOpen("handoverDate", date);
        Handover handover = new Handover();
        handover.collector = who;
        handover.handoverDate = date;
        handover.cashExpected = Amounts.ZERO;
        handover.cashCounted = Amounts.ZERO;
        handover.cashDifference = Amounts.ZERO;
        handover.receivedAmount = Amounts.ZERO;
        handover.missingAmount = Amounts.ZERO;
        handover.markCreated(change);
        return handover;
    }

    public void numbered(String newNumber) {
        if (number != null) {
            throw new IllegalStateException("handover " + number + " is numbered already");
        }
        number = newNumber;
    }

    /** The cash as counted; a difference either way needs the reason the cashier was given. */
    public void count(CashCount cash, String reason) {
        String why = Texts.optionalNote("differenceReason", reason, 500);
        if (!cash.balances() && why == null) {
            throw new RuleViolationException("differenceReason", cash.isShort() ? "handover.shortageReasonRequired"
                    : "handover.surplusReasonRequired", cash.difference().abs());
        }
        cashExpected = cash.expected();
        cashCounted = cash.counted();
        cashDifference = cash.difference();
        differenceReason = cash.balances() ? null : why;
    }

    public void received(BigDecimal amount) {
        receivedCount++;
        receivedAmount = receivedAmount.add(amount);
    }

    public void missing(BigDecimal amount) {
        missingCount++;
        missingAmount = missingAmount.add(amount);
    }

    /** The collector has made good the shortage (or it was written off), as the note says. */
    public void settleShortage(String note, ChangeContext change) {
        String why = Texts.requiredNote("note", note, 500);
        if (cashDifference.signum() >= 0) {
            throw new RuleViolationException(null, "handover.noShortage", number);
        }
        if (shortageSettledDate != null) {
            throw new RuleViolationException(null, "handover.shortageSettledAlready", number, shortageSettledDate);
        }
        shortageSettledDate = change.today();
        shortageSettledBy = change.user();
        shortageSettleNote = why;
        markUpdated(change);
    }

    public CashCount cash() {
        return new CashCount(cashExpected, cashCounted);
    }

    public boolean hasOpenShortage() {
        return cashDifference.signum() < 0 && shortageSettledDate == null;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getCollector() {
        return collector;
    }

    public LocalDate getHandoverDate() {
        return handoverDate;
    }

    public String getDifferenceReason() {
        return differenceReason;
    }

    public int getReceivedCount() {
        return receivedCount;
    }

    public BigDecimal getReceivedAmount() {
        return receivedAmount;
    }

    public int getMissingCount() {
        return missingCount;
    }

    public BigDecimal getMissingAmount() {
        return missingAmount;
    }

    public LocalDate getShortageSettledDate() {
        return shortageSettledDate;
    }

    public String getShortageSettledBy() {
        return shortageSettledBy;
    }

    public String getShortageSettleNote() {
        return shortageSettleNote;
    }
}
