package id.lunas.service.platform;

import id.lunas.domain.shared.DocumentSeries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;

/**
 * Hands out document numbers (PR-, SG-) from a per-series, per-month counter row. The increment
 * holds the row lock until the document's transaction ends, so numbers are unique under concurrent
 * creation and a refused document gives its number back instead of leaving a gap. Callers take the
 * number last, after their other locks, to keep the lock short and the lock order fixed.
 */
@ApplicationScoped
public class DocumentNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentPeriods periods;

    public String next(DocumentSeries series, YearMonth month) {
        String period = DocumentSeries.period(month);
        if (increment(series, period) == 0) {
            periods.open(series.prefix(), period);
            increment(series, period);
        }
        Number value = (Number) em.createNativeQuery(
                        "SELECT last_value FROM document_number_sequence WHERE series = ? AND period = ?")
                .setParameter(1, series.prefix())
                .setParameter(2, period)
                .getSingleResult();
        return series.format(month, value.intValue());
    }

    /**
     * Continues a month's numbering after the last number an earlier system issued, so numbers
     * taken over from it are never issued again. Never moves a counter backwards.
     */
    public void continueAfter(DocumentSeries series, YearMonth month, int lastIssued) {
        String period = DocumentSeries.period(month);
        periods.open(series.prefix(), period);
        em.createNativeQuery("UPDATE document_number_sequence SET last_value = ? "
                        + "WHERE series = ? AND period = ? AND last_value < ?")
                .setParameter(1, lastIssued)
                .setParameter(2, series.prefix())
                .setParameter(3, period)
                .setParameter(4, lastIssued)
                .executeUpdate();
    }

    private int increment(DocumentSeries series, String period) {
        return em.createNativeQuery("UPDATE document_number_sequence SET last_value = last_value + 1 "
                        + "WHERE series = ? AND period = ?")
                .setParameter(1, series.prefix())
                .setParameter(2, period)
                .executeUpdate();
    }
}
