package id.lunas.service.customer;

import id.lunas.domain.customer.Customer;
import java.math.BigDecimal;
/** A customer as clients read it. */
public record CustomerView(String code, String name, String address, String phone, boolean active,
                           BigDecimal creditLimit) {

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.getCode(), customer.getName(), customer.getAddress(), customer.getPhone(),
                customer.isActive(), customer.getCreditLimit());
    }
}
