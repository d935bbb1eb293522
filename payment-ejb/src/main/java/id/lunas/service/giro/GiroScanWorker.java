package id.lunas.service.giro;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.shared.Amounts;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The scan itself: a handful of set-based statements in one short transaction, never a query per
 * payment. A lock row serialises scans across servers, so two overlapping runs cannot both flag a
 * giro; flagging only touches giros not yet flagged, so running it twice flags nothing twice.
 */
@Stateless
public class GiroScanWorker {

    public static final String SCANNER = "giro-scan";

    private static final String ACTIVE_GIRO = "status = 'ACTIVE' AND method = 'GIRO'";
    private static final int NUMBERS_IN_SUMMARY = 50;

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ScanCounts scan(LocalDate today, GiroWatch watch, ScanTrigger trigger, Instant at) {
        Statements sql = new Statements();
        sql.single("SELECT id FROM giro_scan_lock WHERE id = 1 FOR UPDATE");
        if (trigger.oncePerDay() && sql.count("SELECT COUNT(*) FROM giro_scan WHERE business_date = ? "
                + "AND outcome = 'COMPLETED' AND scan_trigger IN ('SCHEDULE', 'CATCH_UP')", today) > 0) {
            return new ScanCounts(ScanOutcome.SKIPPED, 0, Amounts.ZERO, List.of(), 0, 0, sql.issued);
        }
        // Mark first: the marked rows stay locked by this transaction, so the history events written
        // next describe exactly the giros this scan flagged.
        var stamp = GiroScanLedger.utc(at);
        int flagged = sql.update("UPDATE customer_payment SET overdue = TRUE, "
                        + "overdue_since = TIMESTAMPADD(DAY, ?, giro_effective_date), version = version + 1, "
                        + "updated_at = ?, updated_by = ? WHERE " + ACTIVE_GIRO + " AND overdue = FALSE "
                        + "AND giro_effective_date < ?",
                watch.graceDays() + 1, stamp, SCANNER, watch.overdueIfEffectiveBefore(today));
        BigDecimal amount = Amounts.ZERO;
        List<String> numbers = List.of();
        if (flagged > 0) {
            String justFlagged = " FROM customer_payment WHERE overdue = TRUE AND updated_by = ? AND updated_at = ?";
            sql.update("INSERT INTO payment_event (payment_id, at, username, action, from_status, to_status, detail) "
                            + "SELECT id, ?, ?, ?, 'ACTIVE', 'ACTIVE', ?" + justFlagged,
                    stamp, SCANNER, PaymentAction.FLAGGED_OVERDUE.name(),
                    "Not cleared within " + watch.graceDays() + " days after its effective date",
                    SCANNER, stamp);
            amount = ((BigDecimal) sql.single("SELECT SUM(amount)" + justFlagged, SCANNER, stamp)).setScale(2);
            numbers = sql.list("SELECT number" + justFlagged + " ORDER BY number", NUMBERS_IN_SUMMARY, SCANNER, stamp);
        }
        int expiring = sql.count("SELECT COUNT(*) FROM customer_payment WHERE " + ACTIVE_GIRO
                + " AND giro_issue_date >= ? AND giro_issue_date <= ?",
                watch.expiredIfIssuedBefore(today), watch.expiringIfIssuedOnOrBefore(today));
        int expired = sql.count("SELECT COUNT(*) FROM customer_payment WHERE " + ACTIVE_GIRO + " AND giro_issue_date < ?",
                watch.expiredIfIssuedBefore(today));
        return new ScanCounts(ScanOutcome.COMPLETED, flagged, amount, numbers, expiring, expired, sql.issued);
    }

    /** Issues native statements and counts them, so the scan can report its own cost. */
    private final class Statements {

        private int issued;

        private Query query(String sql, Object... parameters) {
            issued++;
            Query query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query;
        }

        Object single(String sql, Object... parameters) {
            return query(sql, parameters).getSingleResult();
        }

        int count(String sql, Object... parameters) {
            return ((Number) single(sql, parameters)).intValue();
        }

        int update(String sql, Object... parameters) {
            return query(sql, parameters).executeUpdate();
        }

        @SuppressWarnings("unchecked")
        List<String> list(String sql, int limit, Object... parameters) {
            return query(sql, parameters).setMaxResults(limit).getResultList();
        }
    }
}
