package id.lunas.service.invoice;

import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.invoice.InvoiceFigures;
import id.lunas.domain.shared.Amounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out what has been paid on invoices from the allocations of payments that are not
 * cancelled, in one grouped query for any number of invoices. Callers that are about to allocate
 * lock the invoices first, so what this reads cannot change until they commit.
 */
@ApplicationScoped
public class InvoiceFiguresQuery {

    @PersistenceContext
    EntityManager em;

    public InvoiceFigures of(Invoice invoice) {
        return of(List.of(invoice)).get(invoice.getId());
    }

    public Map<Long, InvoiceFigures> of(Collection<Invoice> invoices) {
        Map<Long, InvoiceFigures> figures = new HashMap<>();
        if (invoices.isEmpty()) {
            return figures;
        }
        Map<Long, Map<PaymentStatus, BigDecimal>> sums = new HashMap<>();
        em.createQuery("select a.invoice.id, p.status, sum(a.amount) from PaymentAllocation a join a.payment p "
                        + "where a.invoice.id in :ids and p.status <> :cancelled group by a.invoice.id, p.status",
                        Object[].class)
                .setParameter("ids", invoices.stream().map(Invoice::getId).toList())
                .setParameter("cancelled", PaymentStatus.CANCELLED)
                .getResultList()
                .forEach(row -> sums.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((PaymentStatus) row[1], ((BigDecimal) row[2]).setScale(2)));
        for (Invoice invoice : invoices) {
            Map<PaymentStatus, BigDecimal> byStatus = sums.getOrDefault(invoice.getId(), Map.of());
            figures.put(invoice.getId(), new InvoiceFigures(invoice.getAmount(),
                    byStatus.getOrDefault(PaymentStatus.COMPLETED, Amounts.ZERO),
                    byStatus.getOrDefault(PaymentStatus.ACTIVE, Amounts.ZERO),
                    byStatus.getOrDefault(PaymentStatus.PENDING, Amounts.ZERO),
                    invoice.isCancelled()));
        }
        return figures;
    }
}
