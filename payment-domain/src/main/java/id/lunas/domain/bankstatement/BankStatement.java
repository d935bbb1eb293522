package id.lunas.domain.bankstatement;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankstatement.reading.StatementFile;
import id.lunas.domain.bankstatement.reading.StatementFormat;
import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.InvalidInputException;
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
 * One imported bank statement of a company account. Its identity is the bank's statement reference
 * where the format has one (MT940 {@code :20:} and {@code :28C:}), otherwise a digest of the file, so
 * importing the same statement again finds this one instead of a second.
 */
@Entity
@Table(name = "bank_statement")
public class BankStatement extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_account_id", nullable = false)
    private BankAccount bankAccount;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 16)
    private StatementFormat format;

    @Column(name = "statement_key", nullable = false, length = 100)
    private String statementKey;

    @Column(name = "reference", length = 60)
    private String reference;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    private LocalDate lastDate;

    @Column(name = "opening_balance", precision = 17, scale = 2)
    private BigDecimal openingBalance;

    @Column(name = "closing_balance", precision = 17, scale = 2)
    private BigDecimal closingBalance;

    @Column(name = "credit_total", nullable = false, precision = 17, scale = 2)
    private BigDecimal creditTotal;

    @Column(name = "debit_total", nullable = false, precision = 17, scale = 2)
    private BigDecimal debitTotal;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    /** Lines an earlier, overlapping statement of the account brought already: not kept twice. */
    @Column(name = "known_line_count", nullable = false)
    private int knownLineCount;

    protected BankStatement() {
    }

    /**
     * A statement read from a file for this account: refused when the file names another account.
     * {@code digest} identifies the file when the format carries no statement reference.
     */
    public static BankStatement of(BankAccount account, StatementFormat format, StatementFile file, String digest,
                                   String fileName, ChangeContext change) {
        if (!file.isFor(account.getAccountNumber())) {
            throw new InvalidInputException("bankAccount", "statement.otherAccount", file.accountNumber(),
                    account.getCode(), account.getAccountNumber());
        }
        BankStatement statement = new BankStatement();
        statement.bankAccount = account;
        statement.format = format;
        statement.reference = file.reference() == null ? null : cut(file.reference(), 60);
        statement.statementKey = file.reference() == null ? "sha256:" + digest : cut("ref:" + file.reference(), 100);
        statement.fileName = fileName == null ? null : cut(fileName, 200);
        statement.firstDate = file.firstDate();
        statement.lastDate = file.lastDate();
        statement.openingBalance = file.openingBalance();
        statement.closingBalance = file.closingBalance();
        statement.creditTotal = file.credits();
        statement.debitTotal = file.debits();
        statement.markCreated(change);
        return statement;
    }

    /** How many of the file's lines were new to the account, and how many it had from earlier statements. */
    public void counted(int newLines, int knownLines) {
        lineCount = newLines;
        knownLineCount = knownLines;
    }

    static String cut(String text, int length) {
        String clean = text.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() <= length ? clean : clean.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public BankAccount getBankAccount() {
        return bankAccount;
    }

    public StatementFormat getFormat() {
        return format;
    }

    public String getStatementKey() {
        return statementKey;
    }

    public String getReference() {
        return reference;
    }

    public String getFileName() {
        return fileName;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public BigDecimal getOpeningBalance() {
        return openingBalance;
    }

    public BigDecimal getClosingBalance() {
        return closingBalance;
    }

    public BigDecimal getCreditTotal() {
        return creditTotal;
    }

    public BigDecimal getDebitTotal() {
        return debitTotal;
    }

    public int getLineCount() {
        return lineCount;
    }

    public int getKnownLineCount() {
        return knownLineCount;
    }
}
