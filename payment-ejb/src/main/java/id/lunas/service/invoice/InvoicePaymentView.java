package id.lunas.service.invoice;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment that touched an invoice, and how much of it went there. */
public record InvoicePaymentView(String number, LocalDate paymentDate, PaymentMethod method,
                                 PaymentStatus status, BigDecimal allocatedAmount) {
}
