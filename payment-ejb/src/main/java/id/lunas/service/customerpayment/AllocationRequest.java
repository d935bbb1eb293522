package id.lunas.service.customerpayment;

import java.math.BigDecimal;

/** "Apply this much of the payment to that invoice." */
public record AllocationRequest(String invoiceNumber, BigDecimal amount) {
}
