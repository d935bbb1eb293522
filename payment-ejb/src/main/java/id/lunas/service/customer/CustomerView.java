package id.lunas.service.customer;

import id.lunas.domain.customer.Customer;
/** A customer as clients read it. */
public record CustomerView(String code, String name, String address, String phone, boolean active) {

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.getCode(), customer.getName(), customer.getAddress(), customer.getPhone(),
                customer.isActive());
    }
}
