package id.lunas.web.customer.api;

import id.lunas.domain.customer.CustomerDetails;
import java.math.BigDecimal;

/** The JSON the ERP pushes for a customer; {@code active} defaults to true, no {@code creditLimit} is no limit. */
public record CustomerBody(String code, String name, String address, String phone, Boolean active,
                           BigDecimal creditLimit) {

    CustomerDetails details() {
        return new CustomerDetails(name, address, phone, active == null || active, creditLimit);
    }
}
