package id.lunas.domain.bankaccount;

import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.CacheIndex;

/** One of the company's own accounts that payments are deposited into. */
@Entity
@Cacheable
// payments name it by code: the shared cache answers those look-ups without a query
@CacheIndex(columnNames = "code")
@Table(name = "bank_account")
public class BankAccount extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "bank_name", nullable = false, length = 100)
    private String bankName;

    @Column(name = "account_number", nullable = false, length = 50)
    private String accountNumber;

    @Column(name = "account_name", nullable = false, length = 200)
    private String accountName;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected BankAccount() {
    }

    public static BankAccount create(String code, BankAccountDetails details, ChangeContext change) {
        BankAccount account = new BankAccount();
        account.code = Texts.required("code", "Bank account code", code, 32);
        account.apply(details);
        account.markCreated(change);
        return account;
    }

    public void update(BankAccountDetails details, ChangeContext change) {
        apply(details);
        markUpdated(change);
    }

    private void apply(BankAccountDetails details) {
        bankName = Texts.required("bankName", "Bank name", details.bankName(), 100);
        accountNumber = Texts.required("accountNumber", "Account number", details.accountNumber(), 50);
        accountName = Texts.required("accountName", "Account name", details.accountName(), 200);
        active = details.active();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getBankName() {
        return bankName;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getAccountName() {
        return accountName;
    }

    public boolean isActive() {
        return active;
    }
}
