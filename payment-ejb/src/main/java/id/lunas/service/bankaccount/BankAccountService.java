package id.lunas.service.bankaccount;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankaccount.BankAccountDetails;
import id.lunas.service.platform.Changes;
import id.lunas.service.platform.MasterRecords;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The company's bank accounts as the ERP pushes them. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
public class BankAccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    private MasterRecords<BankAccount, BankAccountDetails> accounts;

    @PostConstruct
    void init() {
        accounts = new MasterRecords<>(em, BankAccount.class, "bankAccount");
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    public BankAccountView create(String code, BankAccountDetails details) {
        return BankAccountView.of(accounts.add(BankAccount.create(code, details, changes.current())));
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    public BankAccountView update(String code, BankAccountDetails details) {
        return BankAccountView.of(accounts.update(code, details, changes.current()));
    }

    public Optional<BankAccountView> find(String code) {
        return accounts.find(code).map(BankAccountView::of);
    }

    public List<BankAccountView> list() {
        return accounts.list().stream().map(BankAccountView::of).toList();
    }

    public BankAccount require(String code) {
        return accounts.require(code);
    }
}
