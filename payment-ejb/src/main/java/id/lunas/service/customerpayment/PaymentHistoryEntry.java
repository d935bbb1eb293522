package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.customerpayment.PaymentStatus;
import java.time.Instant;

/** One event of a payment's history. */
public record PaymentHistoryEntry(Instant at, String user, PaymentAction action, PaymentStatus from,
                                  PaymentStatus to, String detail) {
}
