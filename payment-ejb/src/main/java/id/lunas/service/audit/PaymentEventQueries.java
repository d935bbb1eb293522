package id.lunas.service.audit;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customerpayment.PaymentEvent;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.IdPage;
import id.lunas.service.platform.ListTotal;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;

/**
 * The audit view: every payment's events in one list, newest first, filtered by user, action,
 * business days and customer, read one page at a time by {@link IdPage} and counted like the payment
 * list (exactly up to {@link ListTotal#EXACT_COUNT_LIMIT} rows past the page).
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME})
public class PaymentEventQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    CustomerService customers;

    public Page<AuditEntry> list(EventFilter filter, PageRequest page) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidInputException("to", "period.endBeforeStart", filter.to(), filter.from());
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.user() != null && !filter.user().isBlank()) {
            where.append(" and e.user = :user");
            parameters.put("user", filter.user().strip());
        }
        if (filter.action() != null) {
            where.append(" and e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.from() != null) {
            where.append(" and e.at >= :from");
            parameters.put("from", filter.from().atStartOfDay(clock.zone()).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and e.at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(clock.zone()).toInstant());
        }
        if (filter.customerCode() != null && !filter.customerCode().isBlank()) {
            where.append(" and e.payment.customer = :customer");
            parameters.put("customer", customers.require(filter.customerCode().strip()));
        }
        TypedQuery<Long> ids = em.createQuery("select e.id from PaymentEvent e" + where + " order by e.id desc",
                Long.class);
        parameters.forEach(ids::setParameter);
        return IdPage.read(ids, page).rows(shown -> em.createQuery("select e from PaymentEvent e "
                        + "join fetch e.payment p join fetch p.customer where e.id in :ids order by e.id desc",
                        PaymentEvent.class)
                .setParameter("ids", shown)
                .getResultStream()
                .map(e -> new AuditEntry(e.getAt(), e.getUser(), e.getPayment().getNumber(),
                        e.getPayment().getCustomer().getCode(), e.getPayment().getCustomer().getName(), e.getAction(),
                        e.getFromStatus(), e.getToStatus(), e.getDetail(), e.getNote()))
                .toList());
    }
}
