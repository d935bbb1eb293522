package id.lunas.domain.customerpayment;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.giro.GiroDetails;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment as entered, with its references already looked up (a customer or bank account the
 * request did not name is null); {@link CustomerPayment} checks all of it at once and decides whether
 * it may be recorded. {@code backdateReason} says why a payment is dated further back than the
 * backdating allowance lets it be without one.
 */
public record PaymentDraft(Customer customer, LocalDate paymentDate, PaymentMethod method, BankAccount bankAccount,
                           String collector, BigDecimal amount, GiroDetails giro, boolean awaitClearing, String note,
                           String backdateReason) {
}
