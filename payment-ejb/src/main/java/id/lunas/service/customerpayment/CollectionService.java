package id.lunas.service.customerpayment;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.domain.shared.InvalidInputException;
import id.lunas.service.platform.DuplicateException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Receives field collections from the SFA app exactly once per Idempotency-Key: a collector on a
 * bad mobile connection retries, and the retry must return the first payment, never a second one.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, COLLECTOR_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CollectionService {

    static final int MAX_KEY_LENGTH = 100;

    @Inject
    CollectionLedger ledger;

    public CollectionReceipt receive(String idempotencyKey, PaymentRequest request) {
        String key = requireKey(idempotencyKey);
        String hash = fingerprint(request);
        Optional<CollectionReceipt> replay = replayOf(key, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        try {
            return new CollectionReceipt(ledger.recordOnce(key, hash, request), false);
        } catch (EJBException lostRace) {
            // Another request with this key committed while we were recording: answer with its payment.
            return replayOf(key, hash).orElseThrow(() -> lostRace);
        }
    }

    private Optional<CollectionReceipt> replayOf(String key, String hash) {
        return ledger.earlier(key).map(earlier -> {
            if (!earlier.requestHash().equals(hash)) {
                throw new DuplicateException("Idempotency-Key", "collection.keyReused", key, earlier.payment().number());
            }
            return new CollectionReceipt(earlier.payment(), true);
        });
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidInputException("Idempotency-Key", "collection.keyRequired");
        }
        if (key.strip().length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException("Idempotency-Key", "collection.keyTooLong", MAX_KEY_LENGTH);
        }
        return key.strip();
    }

    /** Same content, same fingerprint: amounts compare by value, so 100 and 100.00 are the same collection. */
    static String fingerprint(PaymentRequest request) {
        PaymentRequest canonical = new PaymentRequest(request.customerCode(), request.paymentDate(), request.method(),
                request.bankAccountCode(), request.collector(), byValue(request.amount()), request.giro(),
                request.allocations().stream()
                        .map(a -> a == null ? null : new AllocationRequest(a.invoiceNumber(), byValue(a.amount())))
                        .toList(),
                request.note(), request.awaitClearing(), request.backdateReason(), request.collectionListNumber());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static BigDecimal byValue(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros();
    }
}
