package id.lunas.domain.customerpayment;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.giro.Giro;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment as entered, with its references already looked up; {@link CustomerPayment} decides
 * whether it may be recorded.
 */
public record PaymentDraft(Customer customer, LocalDate paymentDate, PaymentMethod method, BankAccount bankAccount,
                           String collector, BigDecimal amount, Giro giro, boolean awaitClearing, String note) {
}
