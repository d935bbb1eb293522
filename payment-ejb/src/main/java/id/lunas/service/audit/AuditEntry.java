package id.lunas.service.audit;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.shared.Message;
import java.time.Instant;

/** One event of any payment, as the audit view lists it. */
public record AuditEntry(Instant at, String user, String paymentNumber, String customerCode, String customerName,
                         PaymentAction action, PaymentStatus from, PaymentStatus to, Message detail, String note) {
}
