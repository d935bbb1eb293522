package id.lunas.service.customerpayment;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.PaymentEvent;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.service.giro.GiroSettings;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.Callers;
import id.lunas.service.platform.Likes;
import id.lunas.service.platform.ListTotal;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of payments. The list reads only the columns it shows, one page at a time, and
 * counts with the same filter so the indexes on status, method, date and customer serve both.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
public class PaymentQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    GiroSettings giroSettings;

    @Inject
    BusinessClock clock;

    @Inject
    Callers callers;

    public Page<PaymentSummary> list(PaymentFilter filter, PaymentSort sort, PageRequest page) {
        PaymentFilter visible = visible(filter);
        return new Page<>(rows(visible, sort, page.offset(), page.size()), page.page(), page.size(),
                countUpTo(visible, page.offset() + page.size() + ListTotal.EXACT_COUNT_LIMIT));
    }

    /** One page of rows and nothing else: the back office counts separately, only when the filter changes. */
    public List<PaymentSummary> rows(PaymentFilter filter, PaymentSort sort, int offset, int limit) {
        Criteria criteria = criteria(visible(filter));
        // The page's ids first, from the payment table's own indexes alone; joined afterwards, the
        // customer table would otherwise lead the plan and sort every matching payment.
        TypedQuery<Long> page = em.createQuery("select p.id from CustomerPayment p"
                + (sort.field() == PaymentSort.Field.CUSTOMER ? " join p.customer c" : "") + criteria.where()
                + sort.orderBy(), Long.class);
        criteria.parameters().forEach(page::setParameter);
        List<Long> ids = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaries(new Criteria(" where p.id in :ids", Map.of("ids", ids)), sort.orderBy()).getResultList();
    }

    /** One row of the list as it reads now, e.g. to show a change in place. */
    public Optional<PaymentSummary> summary(String number) {
        Map<String, Object> parameters = new HashMap<>(Map.of("number", number));
        String where = " where p.number = :number";
        Optional<String> own = callers.onlyOwnCollections();
        if (own.isPresent()) {
            where += " and p.createdBy = :createdBy";
            parameters.put("createdBy", own.get());
        }
        return summaries(new Criteria(where, parameters), "").getResultStream().findFirst();
    }

    private TypedQuery<PaymentSummary> summaries(Criteria criteria, String orderBy) {
        TypedQuery<PaymentSummary> select = em.createQuery("select new id.lunas.service.customerpayment.PaymentSummary("
                + "p.number, p.paymentDate, c.code, c.name, p.method, b.code, p.amount, p.status, p.overdue, "
                + "p.overdueSince, p.resolvedDate, p.giro.number, p.giro.effectiveDate, d.depositDate, p.version) "
                + "from CustomerPayment p join p.customer c left join p.bankAccount b left join p.deposit d"
                + criteria.where()
                + orderBy, PaymentSummary.class);
        criteria.parameters().forEach(select::setParameter);
        return select;
    }

    /**
     * How many payments match and how much money they are, exact up to {@code limit}: the amounts of
     * at most one more than that come from the index (it carries the amount), which stays cheap
     * however many payments the filter matches.
     */
    public ListTotal countUpTo(PaymentFilter filter, int limit) {
        Criteria criteria = criteria(visible(filter));
        TypedQuery<BigDecimal> amounts = em.createQuery("select p.amount from CustomerPayment p" + criteria.where(),
                BigDecimal.class);
        criteria.parameters().forEach(amounts::setParameter);
        return ListTotal.upTo(limit, amounts.setMaxResults(limit + 1).getResultList());
    }

    /** A collector who is nothing else reads only their own collections; others' look as if they did not exist. */
    private PaymentFilter visible(PaymentFilter filter) {
        return callers.onlyOwnCollections().map(filter::createdBy).orElse(filter);
    }

    private boolean visible(String createdBy) {
        return callers.onlyOwnCollections().map(createdBy::equals).orElse(true);
    }

    private record Criteria(String where, Map<String, Object> parameters) {
    }

    private Criteria criteria(PaymentFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.method() != null) {
            where.append(" and p.method = :method");
            parameters.put("method", filter.method());
        }
        if (filter.customerCode() != null && !filter.customerCode().isBlank()) {
            where.append(" and p.customer.code = :customerCode");
            parameters.put("customerCode", filter.customerCode().strip());
        }
        if (filter.from() != null) {
            where.append(" and p.paymentDate >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and p.paymentDate <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(PaymentSearch.clause(filter.text(), customersNamed(filter.text()), parameters));
        }
        if (filter.createdBy() != null) {
            where.append(" and p.createdBy = :createdBy");
            parameters.put("createdBy", filter.createdBy());
        }
        if (filter.clearedFrom() != null) {
            where.append(" and p.resolvedDate >= :clearedFrom");
            parameters.put("clearedFrom", filter.clearedFrom());
        }
        if (filter.clearedTo() != null) {
            where.append(" and p.resolvedDate <= :clearedTo");
            parameters.put("clearedTo", filter.clearedTo());
        }
        if (filter.overdue() != null) {
            where.append(" and p.overdue = :overdue");
            parameters.put("overdue", filter.overdue());
        }
        return new Criteria(where.toString(), parameters);
    }

    /** The customers whose code or name contains the text, for the search box. */
    private List<Long> customersNamed(String text) {
        return em.createQuery("select c.id from Customer c where lower(c.code) like :p" + Likes.ESCAPE
                        + " or lower(c.name) like :p" + Likes.ESCAPE, Long.class)
                .setParameter("p", Likes.containing(text))
                .setMaxResults(PaymentSearch.MAX_CUSTOMERS)
                .getResultList();
    }

    public Optional<PaymentDetails> find(String number) {
        return entity(number).map(payment -> PaymentDetails.of(payment, giroSettings.watch(), clock.today()));
    }

    /** The payment as its receipt (kwitansi) shows it; a cancelled payment has none. */
    public PaymentDetails receipt(String number) {
        CustomerPayment payment = entity(number).orElseThrow(() -> NotFoundException.of("payment.notFound", number));
        payment.requireReceiptable();
        return PaymentDetails.of(payment, giroSettings.watch(), clock.today());
    }

    private Optional<CustomerPayment> entity(String number) {
        return em.createQuery("select p from CustomerPayment p join fetch p.customer left join fetch p.bankAccount "
                        + "where p.number = :number", CustomerPayment.class)
                .setParameter("number", number)
                .setHint("eclipselink.batch", "p.allocations.invoice")
                .getResultStream().findFirst()
                .filter(payment -> visible(payment.getCreatedBy()));
    }

    public PaymentDetails require(String number) {
        return find(number).orElseThrow(() -> NotFoundException.of("payment.notFound", number));
    }

    public List<PaymentHistoryEntry> history(String number) {
        if (callers.onlyOwnCollections().isPresent()) {
            require(number);
        }
        List<PaymentHistoryEntry> entries = em.createQuery("select e from PaymentEvent e "
                        + "where e.payment.number = :number order by e.id", PaymentEvent.class)
                .setParameter("number", number)
                .getResultStream().map(PaymentHistoryEntry::of).toList();
        if (entries.isEmpty()) {
            throw NotFoundException.of("payment.notFound", number);
        }
        return entries;
    }
}
