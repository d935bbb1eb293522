package id.lunas.service.customer;

import id.lunas.domain.credit.CreditSummary;
import id.lunas.domain.customer.Customer;
import java.math.BigDecimal;
/** A customer as clients read it; {@code credit} where a list or a read shows it, none on a write's answer. */
public record CustomerView(String code, String name, String address, String phone, boolean active,
                           BigDecimal creditLimit, CreditSummary credit) {

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.getCode(), customer.getName(), customer.getAddress(), customer.getPhone(),
                customer.isActive(), customer.getCreditLimit(), null);
    }

    /** The same customer with their credit beside them, as lists and reads show it. */
    public CustomerView withCredit(CreditSummary summary) {
        return new CustomerView(code, name, address, phone, active, creditLimit, summary);
    }
}
