package id.lunas.domain.customer;

/** What the ERP may set on a customer besides its code. */
public record CustomerDetails(String name, String address, String phone, boolean active) {
}
