package id.lunas.service.giro;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Records every scan run in its own short transaction, so a run that fails still leaves its
 * record (and its error) behind.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GiroScanLedger {

    static final int ERROR_LENGTH = 1000;

    @PersistenceContext
    EntityManager em;

    public long start(LocalDate businessDate, ScanTrigger trigger, String triggeredBy, Instant at) {
        em.createNativeQuery("INSERT INTO giro_scan (business_date, scan_trigger, triggered_by, started_at, outcome) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, businessDate)
                .setParameter(2, trigger.name())
                .setParameter(3, triggeredBy)
                .setParameter(4, utc(at))
                .setParameter(5, ScanOutcome.RUNNING.name())
                .executeUpdate();
        // The connection's own last id: two scans started by one user in the same microsecond
        // would be indistinguishable by their columns.
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    public void finish(long id, ScanCounts counts, Instant at) {
        em.createNativeQuery("UPDATE giro_scan SET finished_at = ?, outcome = ?, newly_flagged = ?, expiring = ?, "
                        + "expired = ?, statements = ? WHERE id = ?")
                .setParameter(1, utc(at))
                .setParameter(2, counts.outcome().name())
                .setParameter(3, counts.newlyFlagged())
                .setParameter(4, counts.expiring())
                .setParameter(5, counts.expired())
                .setParameter(6, counts.statements())
                .setParameter(7, id)
                .executeUpdate();
    }

    public void fail(long id, String error, Instant at) {
        String text = error == null ? "unknown error" : error;
        em.createNativeQuery("UPDATE giro_scan SET finished_at = ?, outcome = ?, error = ? WHERE id = ?")
                .setParameter(1, utc(at))
                .setParameter(2, ScanOutcome.FAILED.name())
                .setParameter(3, text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH))
                .setParameter(4, id)
                .executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
    public GiroScanView find(long id) {
        return views("WHERE id = ?", id, 1).get(0);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
    public List<GiroScanView> recent(int limit) {
        return views("", null, limit);
    }

    private List<GiroScanView> views(String where, Object parameter, int limit) {
        var query = em.createNativeQuery("SELECT id, business_date, scan_trigger, triggered_by, started_at, finished_at, "
                + "outcome, newly_flagged, expiring, expired, statements, error FROM giro_scan " + where
                + " ORDER BY id DESC");
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new GiroScanView(((Number) row[0]).longValue(), localDate(row[1]),
                ScanTrigger.valueOf((String) row[2]), (String) row[3], instant(row[4]), instant(row[5]),
                ScanOutcome.valueOf((String) row[6]), integer(row[7]), integer(row[8]), integer(row[9]),
                integer(row[10]), (String) row[11])).toList();
    }

    /** The stored form of an instant, cut to the microseconds a DATETIME(6) column keeps. */
    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime local = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
