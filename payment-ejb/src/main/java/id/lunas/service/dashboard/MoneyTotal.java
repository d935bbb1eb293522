package id.lunas.service.dashboard;

import id.lunas.domain.customerpayment.PaymentMethod;
import java.math.BigDecimal;

/** How many payments and how much money; {@code method} is null when the total is over all methods. */
public record MoneyTotal(PaymentMethod method, long count, BigDecimal amount) {

    public MoneyTotal {
        amount = amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }
}
