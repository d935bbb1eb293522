package id.lunas.service.giro;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.service.giro.GiroRegister.Figure;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.ReportPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The giro register of a period (this month to today by default), each figure one aggregate query. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
public class GiroRegisterQuery {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    GiroSettings settings;

    public GiroRegister of(LocalDate from, LocalDate to) {
        ReportPeriod chosen = ReportPeriod.of(from, to, clock.today());
        LocalDate start = chosen.from();
        LocalDate end = chosen.to();
        List<GiroRegister.Rejected> rejected = em.createQuery("select p.rejection.reason, count(p), sum(p.amount) "
                        + "from CustomerPayment p where p.method = :giro and p.rejection.date between :from and :to "
                        + "group by p.rejection.reason order by p.rejection.reason", Object[].class)
                .setParameter("giro", PaymentMethod.GIRO)
                .setParameter("from", start)
                .setParameter("to", end)
                .getResultStream()
                .map(row -> new GiroRegister.Rejected((RejectionReason) row[0],
                        new Figure(((Number) row[1]).longValue(), (BigDecimal) row[2])))
                .toList();
        Figure rejectedTotal = new Figure(rejected.stream().mapToLong(r -> r.figure().count()).sum(),
                rejected.stream().map(r -> r.figure().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
        Map<String, Object> period = Map.of("from", start, "to", end);
        return new GiroRegister(start, end,
                figure("p.paymentDate between :from and :to", period),
                figure("p.status = :completed and p.resolvedDate between :from and :to",
                        with(period, "completed", PaymentStatus.COMPLETED)),
                rejectedTotal, rejected,
                figure("p.status = :cancelled and p.rejection.date is null and p.cancelledDate between :from and :to",
                        with(period, "cancelled", PaymentStatus.CANCELLED)),
                figure("p.status = :active and p.deposit is null and p.paymentDate <= :to",
                        Map.of("active", PaymentStatus.ACTIVE, "to", end)),
                figure("p.status = :active and p.deposit is not null and p.paymentDate <= :to",
                        Map.of("active", PaymentStatus.ACTIVE, "to", end)),
                figure("p.status = :active and p.giro.issueDate < :expiredBefore",
                        Map.of("active", PaymentStatus.ACTIVE, "expiredBefore",
                                settings.watch().expiredIfIssuedBefore(end))));
    }

    private static Map<String, Object> with(Map<String, Object> parameters, String name, Object value) {
        Map<String, Object> more = new HashMap<>(parameters);
        more.put(name, value);
        return more;
    }

    private Figure figure(String condition, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery("select count(p), sum(p.amount) from CustomerPayment p "
                + "where p.method = :giro and " + condition, Object[].class)
                .setParameter("giro", PaymentMethod.GIRO);
        parameters.forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        return new Figure(((Number) row[0]).longValue(), (BigDecimal) row[1]);
    }
}
