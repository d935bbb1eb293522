package id.lunas.customerpayment;

import id.lunas.bankaccount.BankAccount;
import id.lunas.customer.Customer;
import id.lunas.giro.Giro;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment as entered, with its references already looked up; {@link CustomerPayment} decides
 * whether it may be recorded.
 */
public record PaymentDraft(Customer customer, LocalDate paymentDate, PaymentMethod method, BankAccount bankAccount,
                           String collector, BigDecimal amount, Giro giro, boolean awaitClearing, String note) {
}
