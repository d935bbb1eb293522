package id.lunas.service.collection;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.shared.Amounts;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.ReportPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A/R paid by collector, in two grouped queries over the handovers of the period. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
public class CollectorPaidQuery {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    public CollectorPaidReport between(LocalDate chosenFrom, LocalDate chosenTo) {
        ReportPeriod period = ReportPeriod.of(chosenFrom, chosenTo, clock.today());
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<String, Map<PaymentMethod, BigDecimal>> amounts = new TreeMap<>();
        for (Object[] row : em.createQuery("select h.collector, p.method, sum(p.amount) from HandoverLine l "
                        + "join l.handover h join l.payment p where l.received = true and h.handoverDate >= :from "
                        + "and h.handoverDate <= :to group by h.collector, p.method", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            amounts.computeIfAbsent((String) row[0], name -> zeros())
                    .put((PaymentMethod) row[1], ((BigDecimal) row[2]).setScale(2));
        }
        List<CollectorPaidReport.Row> rows = new ArrayList<>();
        for (Object[] row : em.createQuery("select h.collector, count(h), "
                        + "sum(case when h.cashDifference < 0 then -h.cashDifference else 0 end), "
                        + "sum(case when h.cashDifference > 0 then h.cashDifference else 0 end) from Handover h "
                        + "where h.handoverDate >= :from and h.handoverDate <= :to group by h.collector "
                        + "order by h.collector", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            Map<PaymentMethod, BigDecimal> paid = amounts.getOrDefault((String) row[0], zeros());
            rows.add(new CollectorPaidReport.Row((String) row[0], ((Number) row[1]).intValue(), paid, sum(paid),
                    money(row[2]), money(row[3])));
        }
        Map<PaymentMethod, BigDecimal> all = zeros();
        rows.forEach(row -> row.amounts().forEach((method, amount) -> all.merge(method, amount, BigDecimal::add)));
        CollectorPaidReport.Row totals = new CollectorPaidReport.Row(null,
                rows.stream().mapToInt(CollectorPaidReport.Row::handovers).sum(), all, sum(all),
                rows.stream().map(CollectorPaidReport.Row::shortage).reduce(Amounts.ZERO, BigDecimal::add),
                rows.stream().map(CollectorPaidReport.Row::surplus).reduce(Amounts.ZERO, BigDecimal::add));
        return new CollectorPaidReport(from, to, rows, totals);
    }

    private static Map<PaymentMethod, BigDecimal> zeros() {
        Map<PaymentMethod, BigDecimal> amounts = new EnumMap<>(PaymentMethod.class);
        for (PaymentMethod method : PaymentMethod.values()) {
            amounts.put(method, Amounts.ZERO);
        }
        return amounts;
    }

    private static BigDecimal sum(Map<PaymentMethod, BigDecimal> amounts) {
        return amounts.values().stream().reduce(Amounts.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(Object value) {
        return value == null ? Amounts.ZERO : new BigDecimal(value.toString()).setScale(2);
    }
}
