package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.PaymentNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;

/**
 * Hands out PR numbers from a per-month counter row. The increment holds the row lock until the
 * payment's transaction ends, so numbers are unique under concurrent creation and a refused
 * payment gives its number back instead of leaving a gap. Callers take the number last, after
 * their other locks, to keep the lock short and the lock order fixed.
 */
@ApplicationScoped
public class PaymentNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentPeriods periods;

    public String next(YearMonth month) {
        String period = PaymentNumber.period(month);
        if (increment(period) == 0) {
            periods.open(period);
            increment(period);
        }
        Number value = (Number) em.createNativeQuery("SELECT last_value FROM payment_number_sequence WHERE period = ?")
                .setParameter(1, period)
                .getSingleResult();
        return PaymentNumber.format(month, value.intValue());
    }

    /**
     * Continues a month's numbering after the last number an earlier system issued, so numbers
     * taken over from it are never issued again. Never moves a counter backwards.
     */
    public void continueAfter(YearMonth month, int lastIssued) {
        String period = PaymentNumber.period(month);
        periods.open(period);
        em.createNativeQuery("UPDATE payment_number_sequence SET last_value = ? WHERE period = ? AND last_value < ?")
                .setParameter(1, lastIssued)
                .setParameter(2, period)
                .setParameter(3, lastIssued)
                .executeUpdate();
    }

    private int increment(String period) {
        return em.createNativeQuery("UPDATE payment_number_sequence SET last_value = last_value + 1 WHERE period = ?")
                .setParameter(1, period)
                .executeUpdate();
    }
}
