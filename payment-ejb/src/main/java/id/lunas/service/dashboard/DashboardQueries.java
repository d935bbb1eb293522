package id.lunas.service.dashboard;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.girodeposit.GiroPlace;
import id.lunas.service.platform.BusinessClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The home page's figures: each one aggregate query served by an index, never rows loaded and summed. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME})
public class DashboardQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    /** Money that cleared from the first of this month to today, per payment method. */
    public List<MoneyTotal> clearedThisMonth() {
        LocalDate today = clock.today();
        return em.createQuery("select new id.lunas.service.dashboard.MoneyTotal(p.method, count(p), sum(p.amount)) "
                        + "from CustomerPayment p where p.status = :completed and p.resolvedDate between :first and :today "
                        + "group by p.method order by p.method", MoneyTotal.class)
                .setParameter("completed", PaymentStatus.COMPLETED)
                .setParameter("first", today.withDayOfMonth(1))
                .setParameter("today", today)
                .getResultList();
    }

    /** Collections from the field waiting for the back office to confirm them. */
    public MoneyTotal pendingCollections() {
        Object[] total = em.createQuery("select count(p), sum(p.amount) from CustomerPayment p "
                        + "where p.status = :pending", Object[].class)
                .setParameter("pending", PaymentStatus.PENDING)
                .getSingleResult();
        return new MoneyTotal(null, ((Number) total[0]).longValue(), (BigDecimal) total[1]);
    }

    /** Giros the scan flagged: they should have cleared and have not. */
    public MoneyTotal overdueGiros() {
        return em.createQuery("select new id.lunas.service.dashboard.MoneyTotal(p.method, count(p), sum(p.amount)) "
                        + "from CustomerPayment p where p.overdue = true and p.status = :active and p.method = :giro "
                        + "group by p.method", MoneyTotal.class)
                .setParameter("active", PaymentStatus.ACTIVE)
                .setParameter("giro", PaymentMethod.GIRO)
                .getResultStream().findFirst().orElse(new MoneyTotal(PaymentMethod.GIRO, 0, null));
    }

    /**
     * Active giros by where their sheet is: in hand (on no deposit), deposited today, in clearing
     * (deposited earlier). In hand is read from the deposit-candidates index alone.
     */
    public List<GiroPlaceTotal> activeGirosByPlace() {
        LocalDate today = clock.today();
        Object[] inHand = em.createQuery("select count(p), sum(p.amount) from CustomerPayment p "
                        + "where p.status = :active and p.method = :giro and p.deposit is null", Object[].class)
                .setParameter("active", PaymentStatus.ACTIVE)
                .setParameter("giro", PaymentMethod.GIRO)
                .getSingleResult();
        return List.of(total(GiroPlace.IN_HAND, inHand),
                total(GiroPlace.DEPOSITED, deposited("d.depositDate = :today", today)),
                total(GiroPlace.IN_CLEARING, deposited("d.depositDate < :today", today)));
    }

    private Object[] deposited(String when, LocalDate today) {
        return em.createQuery("select count(p), sum(p.amount) from CustomerPayment p join p.deposit d "
                        + "where p.status = :active and p.method = :giro and " + when, Object[].class)
                .setParameter("active", PaymentStatus.ACTIVE)
                .setParameter("giro", PaymentMethod.GIRO)
                .setParameter("today", today)
                .getSingleResult();
    }

    private static GiroPlaceTotal total(GiroPlace place, Object[] figures) {
        return new GiroPlaceTotal(place, ((Number) figures[0]).longValue(), (BigDecimal) figures[1]);
    }
}
