package id.lunas.web.bankaccount.faces;

import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.bankaccount.BankAccountView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Master data > Bank Accounts: the company accounts payments are deposited into; the ERP keeps them. */
@Named("bankAccountList")
@RequestScoped
public class BankAccountListBacking {

    @Inject
    BankAccountService bankAccounts;

    private List<BankAccountView> rows;

    public List<BankAccountView> getRows() {
        if (rows == null) {
            rows = bankAccounts.list();
        }
        return rows;
    }
}
