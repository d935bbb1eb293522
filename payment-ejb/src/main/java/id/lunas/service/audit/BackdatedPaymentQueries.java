package id.lunas.service.audit;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.service.platform.IdPage;
import id.lunas.service.platform.ListTotal;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * The backdating report: payments whose payment date lies {@code minDays} or more days before
 * their entry, the furthest back first, read along the lag's index and counted like the payment
 * list (exactly up to {@link ListTotal#EXACT_COUNT_LIMIT} rows past the page) by {@link IdPage}.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME})
public class BackdatedPaymentQueries {

    @PersistenceContext
    EntityManager em;

    /** {@code enteredBy}, when given, keeps the payments that user entered. */
    public Page<BackdatedPayment> list(int minDays, String enteredBy, PageRequest page) {
        if (minDays < 1) {
            throw new InvalidInputException("minDays", "backdating.minDays", 1L);
        }
        String user = enteredBy == null || enteredBy.isBlank() ? null : enteredBy.strip();
        TypedQuery<Long> ids = em.createQuery("select p.id from CustomerPayment p where p.entryLagDays >= :min"
                + (user == null ? "" : " and p.createdBy = :user")
                + " order by p.entryLagDays desc, p.id desc", Long.class);
        if (user != null) {
            ids.setParameter("user", user);
        }
        return IdPage.read(ids.setParameter("min", minDays), page).rows(shown -> em.createQuery(
                        "select p from CustomerPayment p join fetch p.customer where p.id in :ids "
                        + "order by p.entryLagDays desc, p.id desc", CustomerPayment.class)
                .setParameter("ids", shown)
                .getResultStream()
                .map(p -> new BackdatedPayment(p.getNumber(), p.getCustomer().getCode(), p.getCustomer().getName(),
                        p.getPaymentDate(), p.getCreatedAt(), p.getCreatedBy(), p.getEntryLagDays(), p.getMethod(),
                        p.getAmount(), p.getStatus(), p.getBackdateReason()))
                .toList());
    }
}
