package id.lunas.service.customerpayment;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.service.platform.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Remembers which Idempotency-Key created which collection, per user: a key belongs to the user who
 * sent it, so another user's same key is a new collection, never someone else's payment. Recording
 * a collection and its key happen in one new transaction: if another request of the same user with
 * the same key commits first, the key's primary key refuses this one and the whole payment rolls
 * back with it.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, COLLECTOR_NAME})
public class CollectionLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerPaymentService payments;

    @Inject
    PaymentQueries queries;

    @Inject
    Changes changes;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentDetails recordOnce(String key, String requestHash, PaymentRequest request) {
        PaymentDetails created = payments.collect(request);
        em.createNativeQuery("INSERT INTO collection_request (owner, idempotency_key, request_hash, payment_id, "
                        + "created_at) SELECT ?, ?, ?, id, created_at FROM customer_payment WHERE number = ?")
                .setParameter(1, changes.current().user())
                .setParameter(2, key)
                .setParameter(3, requestHash)
                .setParameter(4, created.number())
                .executeUpdate();
        return created;
    }

    /** The caller's earlier submission under this key: its request hash and the payment it created. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Earlier> earlier(String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.request_hash, p.number FROM collection_request r "
                        + "JOIN customer_payment p ON p.id = r.payment_id WHERE r.owner = ? AND r.idempotency_key = ?")
                .setParameter(1, changes.current().user())
                .setParameter(2, key)
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new Earlier(((String) row[0]).strip(), queries.require((String) row[1])));
    }

    public record Earlier(String requestHash, PaymentDetails payment) {
    }
}
