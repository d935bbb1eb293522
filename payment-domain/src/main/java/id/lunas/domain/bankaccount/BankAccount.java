package id.lunas.domain.bankaccount;

import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.MasterRecord;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.CacheIndex;

/** One of the company's own accounts that payments are deposited into. */
@Entity
@Cacheable
// payments name it by code: the shared cache answers those look-ups without a query
@CacheIndex(columnNames = "code")
@Table(name = "bank_account")
public class BankAccount extends MasterRecord<BankAccountDetails> {

    @Column(name = "bank_name", nullable = false, length = 100)
    private String bankName;

    @Column(name = "account_number", nullable = false, length = 50)
    private String accountNumber;

    @Column(name = "account_name", nullable = false, length = 200)
    private String accountName;

    protected BankAccount() {
    }

    public static BankAccount create(String code, BankAccountDetails details, ChangeContext change) {
        BankAccount account = new BankAccount();
        account.start(code, details, change);
        return account;
    }

    @Override
    protected void apply(BankAccountDetails details) {
        bankName = Texts.required("bankName", details.bankName(), 100);
        accountNumber = Texts.required("accountNumber", details.accountNumber(), 50);
        accountName = Texts.required("accountName", details.accountName(), 200);
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
}
