package id.lunas.service.audit;

import id.lunas.domain.customerpayment.PaymentAction;
import java.time.LocalDate;

/** Which payment events the audit view shows; every part may be null (no filter). Dates are business days. */
public record EventFilter(String user, PaymentAction action, LocalDate from, LocalDate to, String customerCode) {
}
