package id.lunas.web.customer.api;

import id.lunas.domain.customer.CustomerDetails;

/** The JSON the ERP pushes for a customer; {@code active} defaults to true. */
public record CustomerBody(String code, String name, String address, String phone, Boolean active) {

    CustomerDetails details() {
        return new CustomerDetails(name, address, phone, active == null || active);
    }
}
