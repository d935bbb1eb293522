package id.lunas.service.credit;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.credit.CreditExposure;
import id.lunas.domain.credit.CreditMode;
import id.lunas.domain.credit.CreditSummary;
import id.lunas.domain.credit.GiroCheck;
import id.lunas.domain.credit.GiroRisk;
import id.lunas.domain.credit.RiskLevel;
import id.lunas.domain.credit.RiskThresholds;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.shared.Amounts;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.platform.BusinessClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's credit: exposure in three sums (invoices outstanding, Active giros, Pending
 * collections), and "kosong" rejections in the window per customer and per drawer account, read
 * from the rejection indexes. The dashboard's customers at risk come from grouped queries.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
public class CreditQueries {

    /** The dashboard names this many at most, the riskiest first. */
    static final int AT_RISK_SHOWN = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    CustomerService customers;

    @Inject
    RiskSettings settings;

    @Inject
    KosongRejections kosong;

    public CustomerCredit creditOf(String customerCode) {
        Customer customer = customers.require(customerCode);
        LocalDate today = clock.today();
        LocalDate start = GiroRisk.windowStart(today);
        RiskThresholds thresholds = settings.thresholds();
        List<CustomerCredit.Rejection> rejections = em.createQuery("select p.number, p.giro.number, "
                        + "p.giro.drawerBank, p.giro.drawerAccount, p.amount, p.rejection.date from CustomerPayment p "
                        + "where p.customer = :customer and p.rejection.reason = :kosong "
                        + "and p.rejection.date >= :start order by p.rejection.date desc", Object[].class)
                .setParameter("customer", customer)
                .setParameter("kosong", RejectionReason.INSUFFICIENT_FUNDS)
                .setParameter("start", start)
                .getResultStream()
                .map(r -> new CustomerCredit.Rejection((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        ((BigDecimal) r[4]).setScale(2), (LocalDate) r[5]))
                .toList();
        GiroRisk risk = GiroRisk.of(today, rejections.stream().map(CustomerCredit.Rejection::rejectedDate).toList(),
                thresholds);
        CreditExposure exposure = exposureOf(customer);
        return new CustomerCredit(customer.getCode(), customer.getName(), exposure.creditLimit(),
                exposure.outstandingInvoices(), exposure.activeGiros(), exposure.pendingCollections(),
                exposure.total(), exposure.overLimit(), exposure.headroom(), start, risk.count(), risk.level(),
                GiroCheck.of(risk, customer.getGiroMode()).mode(), customer.getGiroMode() != null,
                customer.getGiroModeReason(), rejections, drawerAccountsOf(customer, today, thresholds));
    }

    private CreditExposure exposureOf(Customer customer) {
        return exposures("c = :customer", Map.of("customer", customer)).getOrDefault(customer.getId(),
                new CreditExposure(Amounts.ZERO, Amounts.ZERO, Amounts.ZERO, customer.getCreditLimit()));
    }

    /**
     * The exposure of every customer the condition on {@code c} picks (with its parameters), in
     * three grouped queries whatever their number.
     */
    private Map<Long, CreditExposure> exposures(String condition, Map<String, Object> parameters) {
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        Map<Long, BigDecimal> limits = new HashMap<>();
        for (Object[] row : query("select c.id, c.creditLimit, sum(i.amount) from Invoice i join i.customer c "
                + "where " + condition + " and i.cancelled = false group by c.id, c.creditLimit", parameters)) {
            limits.put((Long) row[0], (BigDecimal) row[1]);
            figures(sums, row[0])[0] = (BigDecimal) row[2];
        }
        for (Object[] row : query("select c.id, sum(a.amount) from PaymentAllocation a join a.invoice i "
                + "join i.customer c where " + condition + " and i.cancelled = false and a.paymentCancelled = false "
                + "group by c.id", parameters)) {
            figures(sums, row[0])[0] = figures(sums, row[0])[0].subtract((BigDecimal) row[1]);
        }
        for (Object[] row : query("select c.id, c.creditLimit, p.status, p.method, sum(p.amount) "
                + "from CustomerPayment p join p.customer c where " + condition + " and p.status in :open "
                + "group by c.id, c.creditLimit, p.status, p.method", parameters)) {
            limits.put((Long) row[0], (BigDecimal) row[1]);
            // an Active transfer awaiting clearing is money on its way, not a giro that may bounce
            if (row[2] == PaymentStatus.PENDING) {
                figures(sums, row[0])[2] = figures(sums, row[0])[2].add((BigDecimal) row[4]);
            } else if (row[3] == PaymentMethod.GIRO) {
                figures(sums, row[0])[1] = figures(sums, row[0])[1].add((BigDecimal) row[4]);
            }
        }
        Map<Long, CreditExposure> exposures = new HashMap<>();
        sums.forEach((id, figure) -> exposures.put(id, new CreditExposure(figure[0], figure[1], figure[2],
                limits.get(id))));
        return exposures;
    }

    private List<Object[]> query(String jpql, Map<String, Object> parameters) {
        var query = em.createQuery(jpql, Object[].class);
        if (jpql.contains(":open")) {
            query.setParameter("open", List.of(PaymentStatus.PENDING, PaymentStatus.ACTIVE));
        }
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static BigDecimal[] figures(Map<Long, BigDecimal[]> sums, Object customerId) {
        return sums.computeIfAbsent((Long) customerId, id -> new BigDecimal[] {Amounts.ZERO, Amounts.ZERO,
                Amounts.ZERO});
    }

    private List<CustomerCredit.DrawerAccountRisk> drawerAccountsOf(Customer customer, LocalDate today,
                                                                   RiskThresholds thresholds) {
        List<String> accounts = em.createQuery("select distinct p.giro.drawerAccount from CustomerPayment p "
                        + "where p.customer = :customer and p.method = :giro and p.giro.drawerAccount is not null",
                        String.class)
                .setParameter("customer", customer)
                .setParameter("giro", PaymentMethod.GIRO)
                .getResultList();
        if (accounts.isEmpty()) {
            return List.of();
        }
        Map<String, List<LocalDate>> rejected = kosong.byAccount(accounts, GiroRisk.windowStart(today));
        return accounts.stream().sorted().map(account -> {
            GiroRisk risk = GiroRisk.of(today, rejected.getOrDefault(account, List.of()), thresholds);
            return new CustomerCredit.DrawerAccountRisk(account, risk.count(), risk.level());
        }).toList();
    }

    /**
     * The credit of each listed customer (a page of the customer list), by code, in five grouped
     * queries whatever their number: exposure, limit, "kosong" count, risk level and giro mode.
     */
    public Map<String, CreditSummary> summaries(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        LocalDate today = clock.today();
        RiskThresholds thresholds = settings.thresholds();
        Map<String, Object> listed = Map.of("codes", codes);
        Map<Long, CreditExposure> exposures = exposures("c.code in :codes", listed);
        Map<String, Long> kosongCounts = new HashMap<>();
        for (Object[] row : em.createQuery("select p.customer.code, count(p) from CustomerPayment p "
                        + "where p.customer.code in :codes and p.rejection.reason = :kosong "
                        + "and p.rejection.date >= :start and p.rejection.date <= :today group by p.customer.code",
                        Object[].class)
                .setParameter("codes", codes)
                .setParameter("kosong", RejectionReason.INSUFFICIENT_FUNDS)
                .setParameter("start", GiroRisk.windowStart(today))
                .setParameter("today", today)
                .getResultList()) {
            kosongCounts.put((String) row[0], (Long) row[1]);
        }
        Map<String, CreditSummary> summaries = new HashMap<>();
        for (Customer customer : em.createQuery("select c from Customer c where c.code in :codes", Customer.class)
                .setParameter("codes", codes).getResultList()) {
            CreditExposure exposure = exposures.getOrDefault(customer.getId(),
                    new CreditExposure(Amounts.ZERO, Amounts.ZERO, Amounts.ZERO, customer.getCreditLimit()));
            int kosong = kosongCounts.getOrDefault(customer.getCode(), 0L).intValue();
            RiskLevel level = thresholds.levelOf(kosong);
            summaries.put(customer.getCode(), new CreditSummary(exposure.total(), exposure.creditLimit(),
                    exposure.overLimit(), kosong, level,
                    customer.getGiroMode() != null ? customer.getGiroMode() : CreditMode.of(level)));
        }
        return summaries;
    }

    /**
     * Customers with "kosong" rejections in the window at or above the warning threshold, and
     * customers owing more than their credit limit; the riskiest first.
     */
    public List<CustomerAtRisk> atRisk() {
        LocalDate today = clock.today();
        RiskThresholds thresholds = settings.thresholds();
        Map<String, CustomerAtRisk> found = new HashMap<>();
        for (Object[] row : em.createQuery("select p.customer.code, p.customer.name, count(p) from CustomerPayment p "
                        + "where p.rejection.reason = :kosong and p.rejection.date >= :start "
                        + "and p.rejection.date <= :today group by p.customer.code, p.customer.name having count(p) >= :warn", Object[].class)
                .setParameter("kosong", RejectionReason.INSUFFICIENT_FUNDS)
                .setParameter("start", GiroRisk.windowStart(today))
                .setParameter("today", today)
                .setParameter("warn", (long) thresholds.warn())
                .getResultList()) {
            int count = ((Number) row[2]).intValue();
            found.put((String) row[0], new CustomerAtRisk((String) row[0], (String) row[1], count,
                    thresholds.levelOf(count), null, null, false));
        }
        Map<Long, CreditExposure> over = new HashMap<>();
        exposures("c.creditLimit is not null", Map.of()).forEach((id, exposure) -> {
            if (exposure.overLimit()) {
                over.put(id, exposure);
            }
        });
        if (!over.isEmpty()) {
            for (Customer customer : em.createQuery("select c from Customer c where c.id in :ids", Customer.class)
                    .setParameter("ids", over.keySet()).getResultList()) {
                CreditExposure exposure = over.get(customer.getId());
                CustomerAtRisk risky = found.get(customer.getCode());
                found.put(customer.getCode(), new CustomerAtRisk(customer.getCode(), customer.getName(),
                        risky == null ? 0 : risky.kosongInWindow(), risky == null ? RiskLevel.NONE : risky.riskLevel(),
                        exposure.total(), exposure.creditLimit(), true));
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(CustomerAtRisk::riskLevel).reversed()
                        .thenComparing(CustomerAtRisk::overLimit, Comparator.reverseOrder())
                        .thenComparing(CustomerAtRisk::customerCode))
                .limit(AT_RISK_SHOWN).toList();
    }

}
