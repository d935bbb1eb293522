package id.lunas.service.giro;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.credit.GiroRisk;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.girodeposit.GiroPlace;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.platform.BusinessClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The giros finance must watch: overdue, expiring, maturing, and each customer's giro record. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
public class GiroQueries {

    static final int MAX_MATURITY_DAYS = 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    GiroSettings settings;

    @Inject
    CustomerService customers;

    /** Flagged overdue giros, longest overdue first. */
    public List<OverdueGiroView> overdue() {
        return activeGiros("p.overdue = true", "p.overdueSince, p.number", null);
    }

    /** Active giros whose 70-day window ends within the warning period, or has ended. */
    public List<OverdueGiroView> expiring() {
        LocalDate today = clock.today();
        return activeGiros("p.giro.issueDate <= :cutoff", "p.giro.issueDate, p.number",
                settings.watch().expiringIfIssuedOnOrBefore(today));
    }

    /** How many giros the bell counts: flagged overdue, expiring or expired, and how many giros that is in all. */
    public GiroAttention attention() {
        LocalDate cutoff = settings.watch().expiringIfIssuedOnOrBefore(clock.today());
        long overdue = countActiveGiros("p.overdue = true", null);
        long expiring = countActiveGiros("p.giro.issueDate <= :cutoff", cutoff);
        long both = countActiveGiros("p.overdue = true and p.giro.issueDate <= :cutoff", cutoff);
        return new GiroAttention(overdue, expiring, overdue + expiring - both);
    }

    private long countActiveGiros(String condition, LocalDate cutoff) {
        var query = em.createQuery("select count(p) from CustomerPayment p where p.status = :active "
                        + "and p.method = :giro and " + condition, Long.class)
                .setParameter("active", PaymentStatus.ACTIVE)
                .setParameter("giro", PaymentMethod.GIRO);
        if (cutoff != null) {
            query.setParameter("cutoff", cutoff);
        }
        return query.getSingleResult();
    }

    public List<MaturityDay> maturity(LocalDate from, LocalDate to) {
        LocalDate start = from == null ? clock.today() : from;
        LocalDate end = to == null ? start.plusDays(30) : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "period.endBeforeStart", end, start);
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_MATURITY_DAYS) {
            throw new InvalidInputException("to", "maturity.tooLong", (long) MAX_MATURITY_DAYS);
        }
        return em.createQuery("select new id.lunas.service.giro.MaturityDay(p.giro.effectiveDate, count(p), sum(p.amount)) "
                        + "from CustomerPayment p where p.status = :active and p.method = :giro "
                        + "and p.giro.effectiveDate between :from and :to group by p.giro.effectiveDate "
                        + "order by p.giro.effectiveDate", MaturityDay.class)
                .setParameter("active", PaymentStatus.ACTIVE)
                .setParameter("giro", PaymentMethod.GIRO)
                .setParameter("from", start)
                .setParameter("to", end)
                .getResultStream()
                .map(day -> new MaturityDay(day.effectiveDate(), day.count(), day.amount().setScale(2)))
                .toList();
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
    public GiroRecord recordOf(String customerCode) {
        Customer customer = customers.require(customerCode);
        LocalDate sixMonthsAgo = GiroRisk.windowStart(clock.today());
        List<CustomerPayment> giros = em.createQuery("select p from CustomerPayment p where p.customer = :customer "
                        + "and p.method = :giro order by p.paymentDate desc, p.number desc", CustomerPayment.class)
                .setParameter("customer", customer)
                .setParameter("giro", PaymentMethod.GIRO)
                .setHint("eclipselink.batch", "p.deposit")
                .getResultList();
        List<GiroRecord.Rejected> rejections = giros.stream().filter(p -> p.getRejection() != null)
                .map(p -> new GiroRecord.Rejected(p.getNumber(), p.getGiro().getNumber(), p.getGiro().getDrawerBank(),
                        p.getAmount(), p.getRejection().getDate(), p.getRejection().getReason(),
                        p.getRejection().getReason() == RejectionReason.INSUFFICIENT_FUNDS
                                && !p.getRejection().getDate().isBefore(sixMonthsAgo)))
                .toList();
        LocalDate today = clock.today();
        Map<GiroPlace, Long> byPlace = giros.stream().flatMap(p -> p.place(today).stream())
                .collect(Collectors.groupingBy(Function.identity(), () -> new EnumMap<>(GiroPlace.class),
                        Collectors.counting()));
        return new GiroRecord(customer.getCode(), customer.getName(), giros.size(),
                giros.stream().filter(p -> p.getStatus() == PaymentStatus.COMPLETED).count(),
                byPlace.values().stream().mapToLong(Long::longValue).sum(),
                byPlace.getOrDefault(GiroPlace.IN_HAND, 0L), byPlace.getOrDefault(GiroPlace.DEPOSITED, 0L),
                byPlace.getOrDefault(GiroPlace.IN_CLEARING, 0L),
                rejections.size(),
                rejections.stream().filter(GiroRecord.Rejected::insufficientFundsLastSixMonths).count(),
                giros.stream().filter(CustomerPayment::isOverdue).count(),
                rejections);
    }

    private List<OverdueGiroView> activeGiros(String condition, String order, LocalDate cutoff) {
        LocalDate today = clock.today();
        GiroWatch watch = settings.watch();
        var query = em.createQuery("select p from CustomerPayment p join fetch p.customer left join fetch p.deposit "
                        + "where p.status = :active "
                        + "and p.method = :giro and " + condition + " order by " + order, CustomerPayment.class)
                .setParameter("active", PaymentStatus.ACTIVE)
                .setParameter("giro", PaymentMethod.GIRO);
        if (cutoff != null) {
            query.setParameter("cutoff", cutoff);
        }
        return query.getResultStream().map(p -> new OverdueGiroView(p.getNumber(), p.getCustomer().getCode(),
                        p.getCustomer().getName(), p.getAmount().setScale(2), p.getGiro().getNumber(),
                        p.getGiro().getDrawerBank(), p.getGiro().getEffectiveDate(), p.getGiro().lastPresentationDate(),
                        p.getOverdueSince(),
                        p.getOverdueSince() == null ? null : watch.daysOverdue(p.getOverdueSince(), today),
                        ChronoUnit.DAYS.between(today, p.getGiro().lastPresentationDate()),
                        watch.windowState(p.getGiro(), today), p.place(today).orElseThrow(),
                        p.getDeposit() == null ? null : p.getDeposit().getNumber()))
                .toList();
    }
}
