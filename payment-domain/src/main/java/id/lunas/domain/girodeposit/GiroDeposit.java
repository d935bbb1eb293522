package id.lunas.domain.girodeposit;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A setoran giro: the giros of one day taken to one company bank account with a deposit slip. It
 * knows its bank, date, count and total; which giros are on it, and what each giro may do, is the
 * payments' business (see {@code GiroDepositing}).
 */
@Entity
@Table(name = "giro_deposit")
public class GiroDeposit extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 12)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_account_id", nullable = false)
    private BankAccount bankAccount;

    @Column(name = "deposit_date", nullable = false)
    private LocalDate depositDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private GiroDepositStatus status;

    @Column(name = "giro_count", nullable = false)
    private int giroCount;

    @Column(name = "total_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal totalAmount;

    @Column(name = "closed_date")
    private LocalDate closedDate;

    @Column(name = "cancelled_date")
    private LocalDate cancelledDate;

    protected GiroDeposit() {
    }

    /** A new deposit to this account on this day: a day that has not come yet is refused. */
    public static GiroDeposit open(BankAccount bankAccount, LocalDate depositDate, ChangeContext change) {
        LocalDate date = change.dates().check("depositDate", Texts.present("depositDate", depositDate));
        if (date.isAfter(change.today())) {
            throw new RuleViolationException("depositDate", "deposit.inFuture", date, change.today());
        }
        change.books().requireOpen("depositDate", date);
        GiroDeposit deposit = new GiroDeposit();
        deposit.bankAccount = bankAccount;
        deposit.depositDate = date;
        deposit.status = GiroDepositStatus.OPEN;
        deposit.totalAmount = BigDecimal.ZERO.setScale(2);
        deposit.markCreated(change);
        return deposit;
    }

    public void numbered(String newNumber) {
        if (number != null) {
            throw new IllegalStateException("deposit " + number + " is numbered already");
        }
        number = newNumber;
    }

    /** Counts a giro taken onto the deposit. */
    public void add(BigDecimal amount) {
        requireOpen();
        giroCount++;
        totalAmount = totalAmount.add(amount);
    }

    /** The bank has answered for every giro on it. */
    public void close(ChangeContext change) {
        requireOpen();
        status = GiroDepositStatus.CLOSED;
        closedDate = change.today();
        markUpdated(change);
    }

    /** Never taken to the bank: the giros go back to the safe (the payments see to that). */
    public void cancel(ChangeContext change) {
        requireOpen();
        status = GiroDepositStatus.CANCELLED;
        cancelledDate = change.today();
        markUpdated(change);
    }

    public boolean isOpen() {
        return status == GiroDepositStatus.OPEN;
    }

    /** A closed or cancelled deposit is history: nothing more happens to it. */
    public void requireOpen() {
        if (status != GiroDepositStatus.OPEN) {
            throw new RuleViolationException(null, "deposit.notOpen", number, status);
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public BankAccount getBankAccount() {
        return bankAccount;
    }

    public LocalDate getDepositDate() {
        return depositDate;
    }

    public GiroDepositStatus getStatus() {
        return status;
    }

    public int getGiroCount() {
        return giroCount;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public LocalDate getClosedDate() {
        return closedDate;
    }

    public LocalDate getCancelledDate() {
        return cancelledDate;
    }
}
