package id.lunas.service.audit;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment dated days before it was entered: by whom, how far back, and the reason given. */
public record BackdatedPayment(String number, String customerCode, String customerName, LocalDate paymentDate,
                               Instant enteredAt, String enteredBy, int lagDays, PaymentMethod method,
                               BigDecimal amount, PaymentStatus status, String reason) {
}
