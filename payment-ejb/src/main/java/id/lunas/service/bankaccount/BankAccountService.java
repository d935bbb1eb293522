package id.lunas.service.bankaccount;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankaccount.BankAccountDetails;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.service.platform.Changes;
import id.lunas.service.platform.DuplicateException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The company's bank accounts as the ERP pushes them. */
@Stateless
public class BankAccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    public BankAccountView create(String code, BankAccountDetails details) {
        BankAccount account = BankAccount.create(code, details, changes.current());
        if (findEntity(account.getCode()).isPresent()) {
            throw new DuplicateException("code", "Bank account " + account.getCode() + " already exists");
        }
        em.persist(account);
        return BankAccountView.of(account);
    }

    public BankAccountView update(String code, BankAccountDetails details) {
        BankAccount account = require(code);
        account.update(details, changes.current());
        return BankAccountView.of(account);
    }

    public Optional<BankAccountView> find(String code) {
        return findEntity(code).map(BankAccountView::of);
    }

    public List<BankAccountView> list() {
        return em.createQuery("select b from BankAccount b order by b.code", BankAccount.class)
                .getResultStream().map(BankAccountView::of).toList();
    }

    public BankAccount require(String code) {
        return findEntity(code).orElseThrow(() -> NotFoundException.of("Bank account", code));
    }

    private Optional<BankAccount> findEntity(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select b from BankAccount b where b.code = :code", BankAccount.class)
                .setParameter("code", code.strip())
                // a single-object query by the cache-indexed code: answered from the shared cache once read
                .setHint("eclipselink.query-type", "ReadObject")
                .getResultStream().findFirst();
    }
}
