package id.lunas.service.invoice;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customer.Customer;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.invoice.InvoiceFigures;
import id.lunas.domain.invoice.InvoiceStatus;
import id.lunas.domain.invoice.InvoiceTerms;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.platform.Changes;
import id.lunas.service.platform.DuplicateException;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Invoices as the ERP pushes them, and invoices as finance reads them. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
public class InvoiceService {

    private static final String ALLOCATED = "(select sum(a.amount) from PaymentAllocation a "
            + "where a.invoice = i and a.payment.status <> :cancelledPayment)";
    private static final String CLEARED = "coalesce((select sum(a.amount) from PaymentAllocation a "
            + "where a.invoice = i and a.payment.status = :completedPayment), 0)";
    private static final String HAS_ALLOCATIONS = "exists (select a from PaymentAllocation a "
            + "where a.invoice = i and a.payment.status <> :cancelledPayment)";

    /** More than anyone allocates one payment over; the oldest come first. */
    private static final int MAX_OPEN_INVOICES = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    CustomerService customers;

    @Inject
    InvoiceFiguresQuery figures;

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    public InvoiceView create(String number, String customerCode, InvoiceTerms terms) {
        Customer customer = customers.require(customerCode);
        Invoice invoice = Invoice.issue(number, customer, terms, changes.current());
        if (findEntity(invoice.getNumber()).isPresent()) {
            throw new DuplicateException("number", "invoice.duplicate", invoice.getNumber());
        }
        em.persist(invoice);
        em.flush();
        return InvoiceView.of(invoice, figures.of(invoice), List.of());
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    public InvoiceView update(String number, String customerCode, InvoiceTerms terms) {
        Invoice invoice = findEntity(number, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> NotFoundException.of("invoice.notFound", number));
        Customer customer = customers.require(customerCode);
        invoice.revise(customer, terms, figures.of(invoice).allocated(), changes.current());
        return InvoiceView.of(invoice, figures.of(invoice), List.of());
    }

    public Optional<InvoiceView> find(String number) {
        return findEntity(number).map(invoice -> InvoiceView.of(invoice, figures.of(invoice), paymentsOf(invoice)));
    }

    public Page<InvoiceView> list(String customerCode, InvoiceStatus status, PageRequest page) {
        return Page.exact(rows(customerCode, status, page.offset(), page.size()), page, count(customerCode, status));
    }

    /** One page of invoices with their figures, newest first; the back office counts separately. */
    public List<InvoiceView> rows(String customerCode, InvoiceStatus status, int offset, int limit) {
        String where = where(customerCode, status);
        List<Invoice> invoices = bind(em.createQuery("select i from Invoice i join fetch i.customer" + where
                + " order by i.invoiceDate desc, i.number", Invoice.class), customerCode, status)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, InvoiceFigures> byId = figures.of(invoices);
        List<InvoiceView> items = new ArrayList<>();
        for (Invoice invoice : invoices) {
            items.add(InvoiceView.of(invoice, byId.get(invoice.getId()), null));
        }
        return items;
    }

    public long count(String customerCode, InvoiceStatus status) {
        return bind(em.createQuery("select count(i) from Invoice i" + where(customerCode, status), Long.class),
                customerCode, status).getSingleResult();
    }

    private static String where(String customerCode, InvoiceStatus status) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (customerCode != null && !customerCode.isBlank()) {
            where.append(" and i.customer.code = :customerCode");
        }
        if (status != null) {
            where.append(switch (status) {
                case CANCELLED -> " and i.cancelled = true";
                case OPEN -> " and i.cancelled = false and not " + HAS_ALLOCATIONS;
                case PARTIALLY_PAID -> " and i.cancelled = false and " + HAS_ALLOCATIONS + " and i.amount > " + ALLOCATED;
                case CLEARING -> " and i.cancelled = false and i.amount <= " + ALLOCATED + " and i.amount > " + CLEARED;
                case PAID -> " and i.cancelled = false and i.amount <= " + CLEARED;
            });
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String customerCode, InvoiceStatus status) {
        if (customerCode != null && !customerCode.isBlank()) {
            query.setParameter("customerCode", customerCode.strip());
        }
        if (status == InvoiceStatus.OPEN || status == InvoiceStatus.PARTIALLY_PAID || status == InvoiceStatus.CLEARING) {
            query.setParameter("cancelledPayment", PaymentStatus.CANCELLED);
        }
        if (status == InvoiceStatus.CLEARING || status == InvoiceStatus.PAID) {
            query.setParameter("completedPayment", PaymentStatus.COMPLETED);
        }
        return query;
    }

    /** A customer's invoices with money still to pay, oldest first: what a new payment can be allocated to. */
    public List<InvoiceView> openInvoicesOf(String customerCode) {
        Customer customer = customers.require(customerCode);
        List<Invoice> invoices = em.createQuery("select i from Invoice i join fetch i.customer where i.customer = :customer "
                        + "and i.cancelled = false and (not " + HAS_ALLOCATIONS + " or i.amount > " + ALLOCATED + ") "
                        + "order by i.invoiceDate, i.number", Invoice.class)
                .setParameter("customer", customer)
                .setParameter("cancelledPayment", PaymentStatus.CANCELLED)
                .setMaxResults(MAX_OPEN_INVOICES)
                .getResultList();
        Map<Long, InvoiceFigures> byId = figures.of(invoices);
        return invoices.stream().map(invoice -> InvoiceView.of(invoice, byId.get(invoice.getId()), null)).toList();
    }

    private List<InvoicePaymentView> paymentsOf(Invoice invoice) {
        return em.createQuery("select new id.lunas.service.invoice.InvoicePaymentView(p.number, p.paymentDate, p.method, "
                        + "p.status, a.amount) from PaymentAllocation a join a.payment p where a.invoice = :invoice "
                        + "order by p.paymentDate, p.number", InvoicePaymentView.class)
                .setParameter("invoice", invoice)
                .getResultList();
    }

    private Optional<Invoice> findEntity(String number) {
        return findEntity(number, LockModeType.NONE);
    }

    private Optional<Invoice> findEntity(String number, LockModeType lock) {
        if (number == null) {
            return Optional.empty();
        }
        return em.createQuery("select i from Invoice i where i.number = :number", Invoice.class)
                .setParameter("number", number.strip())
                .setLockMode(lock)
                .getResultStream().findFirst();
    }
}
