package id.lunas.web.audit.api;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.service.audit.AuditEntry;
import id.lunas.web.customerpayment.api.HistoryLine;
import java.time.Instant;
import java.util.Locale;

/** One event of the audit view as the API answers it, its detail in the request's language. */
public record AuditLine(Instant at, String user, String paymentNumber, String customerCode, String customerName,
                        PaymentAction action, PaymentStatus from, PaymentStatus to, String detail, String detailCode,
                        String note) {

    static AuditLine of(AuditEntry entry, Locale language) {
        return new AuditLine(entry.at(), entry.user(), entry.paymentNumber(), entry.customerCode(),
                entry.customerName(), entry.action(), entry.from(), entry.to(),
                HistoryLine.detail(entry.detail(), entry.note(), language),
                entry.detail() == null ? null : entry.detail().code(), entry.note());
    }
}
