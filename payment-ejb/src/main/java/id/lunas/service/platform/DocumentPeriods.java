package id.lunas.service.platform;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Opens a series' month counter in a transaction of its own. Done inside the document's
 * transaction, two first documents of a month would both hold the new row's shared lock from
 * INSERT IGNORE and then both wait to increment it: a deadlock on the first day of every month.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, COLLECTOR_NAME})
public class DocumentPeriods {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String series, String period) {
        em.createNativeQuery("INSERT IGNORE INTO document_number_sequence (series, period, last_value) VALUES (?, ?, 0)")
                .setParameter(1, series)
                .setParameter(2, period)
                .executeUpdate();
    }
}
