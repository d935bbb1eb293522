package id.lunas.service.receivable;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.receivable.AgingBucket;
import id.lunas.service.platform.BusinessClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A/R aging in two grouped queries, whatever the number of invoices: per customer the invoices'
 * amounts by how late they are on the day, and the money allocated to them by payments made by
 * then (cleared by then, or still clearing). An invoice counts once issued; a payment once made.
 * The payment's part is read from the copy each allocation keeps ({@link
 * id.lunas.domain.customerpayment.PaymentAllocation}), not from the payments themselves.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
public class ArAgingQuery {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    public ArAging on(LocalDate date) {
        LocalDate asOf = date == null ? clock.today() : date;
        // grouped by the customer id alone, in the invoice index's order, before the names are joined
        Map<Long, Object[]> invoiced = byCustomer(parameters(em.createNativeQuery("SELECT c.id, c.code, c.name, "
                + bucketColumns() + " FROM (SELECT i.customer_id" + buckets("i.amount") + " FROM invoice i "
                + "WHERE i.cancelled = FALSE AND i.invoice_date <= ?1 GROUP BY i.customer_id) s "
                + "JOIN customer c ON c.id = s.customer_id"), asOf));
        Map<Long, Object[]> received = byCustomer(parameters(em.createNativeQuery("SELECT i.customer_id"
                + buckets("a.amount") + ", SUM(CASE WHEN a.cleared_date <= ?1 THEN 0 ELSE a.amount END) "
                + "FROM payment_allocation a JOIN invoice i ON i.id = a.invoice_id "
                + "WHERE a.payment_cancelled = FALSE AND a.payment_date <= ?1 AND i.cancelled = FALSE "
                + "AND i.invoice_date <= ?1 GROUP BY i.customer_id"), asOf));
        List<CustomerAging> customers = new ArrayList<>();
        for (Map.Entry<Long, Object[]> customer : invoiced.entrySet()) {
            Object[] amounts = customer.getValue();
            Object[] paid = received.get(customer.getKey());
            Map<AgingBucket, BigDecimal> outstanding = new EnumMap<>(AgingBucket.class);
            for (AgingBucket bucket : AgingBucket.values()) {
                int column = bucket.ordinal();
                outstanding.put(bucket, money(amounts[3 + column]).subtract(paid == null ? ZERO : money(paid[1 + column])));
            }
            BigDecimal clearing = paid == null ? ZERO : money(paid[1 + AgingBucket.values().length]);
            BigDecimal owed = outstanding.values().stream().reduce(ZERO, BigDecimal::add);
            if (owed.signum() != 0 || clearing.signum() != 0) {
                customers.add(new CustomerAging((String) amounts[1], (String) amounts[2], outstanding, owed, clearing));
            }
        }
        customers.sort((a, b) -> a.customerCode().compareTo(b.customerCode()));
        return new ArAging(asOf, customers, totals(customers));
    }

    /** One SUM per bucket of {@code amount}, by the invoice's due date against the day (?1). */
    private static String buckets(String amount) {
        StringBuilder sql = new StringBuilder();
        int parameter = 2;
        for (AgingBucket bucket : AgingBucket.values()) {
            List<String> conditions = new ArrayList<>();
            conditions.add("1 = 1");
            if (bucket != AgingBucket.OVER_90) {
                conditions.add("i.due_date >= ?" + parameter++);
            }
            if (bucket != AgingBucket.NOT_DUE) {
                conditions.add("i.due_date <= ?" + parameter++);
            }
            sql.append(", SUM(CASE WHEN ").append(String.join(" AND ", conditions)).append(" THEN ").append(amount)
                    .append(" ELSE 0 END) AS ").append(bucketColumn(bucket));
        }
        return sql.toString();
    }

    private static String bucketColumns() {
        return String.join(", ", Arrays.stream(AgingBucket.values()).map(b -> "s." + bucketColumn(b))
                .toList());
    }

    private static String bucketColumn(AgingBucket bucket) {
        return "bucket" + bucket.ordinal();
    }

    /** Binds the day (?1) and, in the order {@link #buckets} numbered them, each bucket's due-date bounds. */
    private static Query parameters(Query query, LocalDate asOf) {
        query.setParameter(1, Date.valueOf(asOf));
        int parameter = 2;
        for (AgingBucket bucket : AgingBucket.values()) {
            if (bucket != AgingBucket.OVER_90) {
                query.setParameter(parameter++, Date.valueOf(bucket.earliestDueDate(asOf)));
            }
            if (bucket != AgingBucket.NOT_DUE) {
                query.setParameter(parameter++, Date.valueOf(bucket.latestDueDate(asOf)));
            }
        }
        return query;
    }

    private static Map<Long, Object[]> byCustomer(Query query) {
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            rows.put(((Number) columns[0]).longValue(), columns);
        }
        return rows;
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? ZERO : new BigDecimal(sum.toString()).setScale(2);
    }

    private static CustomerAging totals(List<CustomerAging> customers) {
        Map<AgingBucket, BigDecimal> outstanding = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            outstanding.put(bucket, customers.stream().map(c -> c.outstanding().get(bucket)).reduce(ZERO,
                    BigDecimal::add));
        }
        return new CustomerAging(null, null, outstanding,
                customers.stream().map(CustomerAging::total).reduce(ZERO, BigDecimal::add),
                customers.stream().map(CustomerAging::inClearing).reduce(ZERO, BigDecimal::add));
    }
}
