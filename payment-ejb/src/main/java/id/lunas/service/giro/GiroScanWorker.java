package id.lunas.service.giro;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.domain.customerpayment.EventArguments;
import id.lunas.domain.customerpayment.OverdueFlag;
import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.shared.Amounts;
import id.lunas.domain.shared.Message;
import jakarta.annotation.security.RolesAllowed;
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
 * payment. What it does to each payment is the domain's {@link OverdueFlag} (which payments, from
 * which day, which history line), written as SQL for all of them at once. A lock row serialises
 * scans across servers, so two overlapping runs cannot both flag a giro; flagging only touches giros
 * not yet flagged, so running it twice flags nothing twice.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME})
public class GiroScanWorker {

    public static final String SCANNER = "giro-scan";

    private static final String ACTIVE_GIRO = "status = '" + OverdueFlag.STATUS.name() + "' AND method = '"
            + OverdueFlag.METHOD.name() + "'";
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
                watch.daysFromEffectiveToOverdue(), stamp, SCANNER, watch.overdueIfEffectiveBefore(today));
        BigDecimal amount = Amounts.ZERO;
        List<String> numbers = List.of();
        if (flagged > 0) {
            String justFlagged = " FROM customer_payment WHERE overdue = TRUE AND updated_by = ? AND updated_at = ?";
            Message detail = OverdueFlag.detail(watch);
            sql.update("INSERT INTO payment_event (payment_id, at, username, action, from_status, to_status, "
                            + "detail_code, detail_args) SELECT id, ?, ?, ?, status, status, ?, ?" + justFlagged,
                    stamp, SCANNER, OverdueFlag.ACTION.name(), detail.code(),
                    new EventArguments().convertToDatabaseColumn(detail.arguments()), SCANNER, stamp);
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
