package id.lunas.domain.bankstatement;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankstatement.reading.ColumnMapping;
import id.lunas.domain.bankstatement.reading.StatementValues.Decimals;
import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The column mapping saved for a bank account whose bank has no layout of its own in Lunas. */
@Entity
@Table(name = "bank_statement_mapping")
public class StatementMapping extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_account_id", nullable = false, unique = true)
    private BankAccount bankAccount;

    @Column(name = "date_column", nullable = false, length = 60)
    private String dateColumn;

    @Column(name = "value_date_column", length = 60)
    private String valueDateColumn;

    @Column(name = "description_column", nullable = false, length = 60)
    private String descriptionColumn;

    @Column(name = "reference_column", length = 60)
    private String referenceColumn;

    @Column(name = "debit_column", length = 60)
    private String debitColumn;

    @Column(name = "credit_column", length = 60)
    private String creditColumn;

    @Column(name = "amount_column", length = 60)
    private String amountColumn;

    @Column(name = "balance_column", length = 60)
    private String balanceColumn;

    @Column(name = "date_format", nullable = false, length = 20)
    private String dateFormat;

    @Enumerated(EnumType.STRING)
    @Column(name = "decimals", nullable = false, length = 8)
    private Decimals decimals;

    protected StatementMapping() {
    }

    public static StatementMapping of(BankAccount account, ColumnMapping mapping, ChangeContext change) {
        StatementMapping saved = new StatementMapping();
        saved.bankAccount = account;
        saved.markCreated(change);
        saved.apply(mapping);
        return saved;
    }

    public void change(ColumnMapping mapping, ChangeContext change) {
        apply(mapping);
        markUpdated(change);
    }

    private void apply(ColumnMapping mapping) {
        dateColumn = mapping.date();
        valueDateColumn = mapping.valueDate();
        descriptionColumn = mapping.description();
        referenceColumn = mapping.reference();
        debitColumn = mapping.debit();
        creditColumn = mapping.credit();
        amountColumn = mapping.amount();
        balanceColumn = mapping.balance();
        dateFormat = mapping.dateFormat();
        decimals = mapping.decimals();
    }

    public ColumnMapping columns() {
        return new ColumnMapping(dateColumn, valueDateColumn, descriptionColumn, referenceColumn, debitColumn,
                creditColumn, amountColumn, balanceColumn, dateFormat, decimals);
    }

    public BankAccount getBankAccount() {
        return bankAccount;
    }
}
