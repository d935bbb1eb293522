package id.lunas.service.collection;

import id.lunas.domain.collection.CollectionList;
import id.lunas.domain.collection.CollectionListLine;
import id.lunas.domain.shared.Amounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A collection list's figures, in the caller's transaction. */
@ApplicationScoped
public class CollectionListFigures {

    @PersistenceContext
    EntityManager em;

    /** The list with what each line collected so far: one grouped query over the collections naming it. */
    public CollectionListDetails details(CollectionList list) {
        Map<Long, BigDecimal> collected = new HashMap<>();
        if (list.getId() != null) {
            for (Object[] row : em.createQuery("select a.invoice.id, sum(a.amount) from PaymentAllocation a "
                            + "where a.payment.collectionList = :list and a.paymentCancelled = false "
                            + "group by a.invoice.id", Object[].class)
                    .setParameter("list", list)
                    .getResultList()) {
                collected.put((Long) row[0], ((BigDecimal) row[1]).setScale(2));
            }
        }
        List<CollectionListDetails.Line> lines = new ArrayList<>();
        BigDecimal outstanding = Amounts.ZERO;
        BigDecimal taken = Amounts.ZERO;
        BigDecimal remaining = Amounts.ZERO;
        for (CollectionListLine line : em.createQuery("select n from CollectionListLine n join fetch n.invoice i "
                        + "join fetch i.customer where n.list = :list order by n.lineNumber", CollectionListLine.class)
                .setParameter("list", list).getResultList()) {
            BigDecimal got = collected.getOrDefault(line.getInvoice().getId(), Amounts.ZERO);
            BigDecimal remain = line.getOutstanding().subtract(got).max(Amounts.ZERO);
            lines.add(new CollectionListDetails.Line(line.getInvoice().getNumber(),
                    line.getInvoice().getCustomer().getCode(), line.getInvoice().getCustomer().getName(),
                    line.getInvoice().getDueDate(), line.getOutstanding(), got, remain));
            outstanding = outstanding.add(line.getOutstanding());
            taken = taken.add(got);
            remaining = remaining.add(remain);
        }
        return new CollectionListDetails(list.getNumber(), list.getCollector(), list.getListDate(), list.getStatus(),
                list.getCompletedDate(), outstanding, taken, remaining,
                list.getCreatedAt(), list.getCreatedBy(), lines);
    }
}
