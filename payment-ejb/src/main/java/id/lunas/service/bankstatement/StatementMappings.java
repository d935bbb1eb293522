package id.lunas.service.bankstatement;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankstatement.StatementMapping;
import id.lunas.domain.bankstatement.reading.ColumnMapping;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.platform.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The CSV column mapping of each bank account whose bank has no layout of its own. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
public class StatementMappings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    BankAccountService bankAccounts;

    public Optional<ColumnMapping> find(String bankAccountCode) {
        return saved(bankAccounts.require(bankAccountCode)).map(StatementMapping::columns);
    }

    /** Saves the account's mapping, replacing the one before; the account's row lock orders two saves. */
    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    public ColumnMapping save(String bankAccountCode, ColumnMapping mapping) {
        BankAccount account = bankAccounts.require(bankAccountCode);
        em.find(BankAccount.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
        Optional<StatementMapping> saved = saved(account);
        if (saved.isPresent()) {
            saved.get().change(mapping, changes.current());
        } else {
            em.persist(StatementMapping.of(account, mapping, changes.current()));
        }
        em.flush();
        return mapping;
    }

    private Optional<StatementMapping> saved(BankAccount account) {
        return em.createQuery("select m from StatementMapping m where m.bankAccount = :account", StatementMapping.class)
                .setParameter("account", account).getResultStream().findFirst();
    }
}
