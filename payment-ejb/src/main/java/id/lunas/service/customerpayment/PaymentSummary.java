package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the Customer Payment list, read straight from the columns it shows. */
public record PaymentSummary(String number, LocalDate paymentDate, String customerCode, String customerName,
                             PaymentMethod method, String bankAccountCode, BigDecimal amount, PaymentStatus status,
                             boolean overdue, LocalDate overdueSince, LocalDate resolvedDate, String giroNumber,
                             LocalDate giroEffectiveDate, long version) {
}
