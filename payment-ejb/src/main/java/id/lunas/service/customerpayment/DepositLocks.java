package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.GiroDepositing;
import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.girodeposit.GiroDepositStatus;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lock order for deposited giros: the open deposit first, then its giros in id order. Whoever
 * changes a giro that is on a deposit takes the deposit's row lock before the giro's, so the writer
 * that settles the last giro sees every other answer (the database reads committed rows) and
 * closes the deposit exactly once, and deposit-wide commands never deadlock with single ones.
 */
@ApplicationScoped
public class DepositLocks {

    @PersistenceContext
    EntityManager em;

    /** Locks the open deposits these payments are on, before the caller locks the payments. */
    public void lockDepositsOf(Collection<String> paymentNumbers) {
        if (paymentNumbers.isEmpty()) {
            return;
        }
        List<Long> ids = em.createQuery("select distinct d.id from CustomerPayment p join p.deposit d "
                        + "where p.number in :numbers and d.status = :open", Long.class)
                .setParameter("numbers", paymentNumbers)
                .setParameter("open", GiroDepositStatus.OPEN)
                .getResultList();
        if (!ids.isEmpty()) {
            em.createQuery("select d from GiroDeposit d where d.id in :ids order by d.id", GiroDeposit.class)
                    .setParameter("ids", ids)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
        }
    }

    /** The deposit itself, locked, for a command on the whole deposit. */
    public GiroDeposit lockDeposit(String number) {
        return em.createQuery("select d from GiroDeposit d where d.number = :number", GiroDeposit.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> NotFoundException.of("deposit.notFound", number));
    }

    /** The deposit's giros, locked in id order. */
    public List<CustomerPayment> lockGirosOn(GiroDeposit deposit) {
        return em.createQuery("select p from CustomerPayment p where p.deposit = :deposit order by p.id",
                        CustomerPayment.class)
                .setParameter("deposit", deposit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // a join would lock the customers' rows too; their names come in one unlocked query
                .setHint("eclipselink.batch", "p.customer")
                .getResultList();
    }

    /** After giros were resolved, rejected or cancelled: closes each of their deposits the bank has fully answered. */
    public void closeSettled(Collection<CustomerPayment> changed, ChangeContext change) {
        Set<GiroDeposit> deposits = new LinkedHashSet<>();
        changed.stream().map(CustomerPayment::getDeposit).filter(d -> d != null && d.isOpen()).forEach(deposits::add);
        if (deposits.isEmpty()) {
            return;
        }
        em.flush();
        for (GiroDeposit deposit : deposits) {
            em.lock(deposit, LockModeType.PESSIMISTIC_WRITE);
            GiroDepositing.closeIfSettled(deposit, em.createQuery(
                            "select p from CustomerPayment p where p.deposit = :deposit", CustomerPayment.class)
                    .setParameter("deposit", deposit)
                    .getResultList(), change);
        }
    }
}
