package id.lunas.domain.customer;

import id.lunas.domain.shared.Amounts;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.MasterRecord;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.CacheIndex;

/** A shop that buys on credit; the ERP owns its master data and pushes it to Lunas. */
@Entity
@Cacheable
// payments name it by code: the shared cache answers those look-ups without a query
@CacheIndex(columnNames = "code")
@Table(name = "customer")
public class Customer extends MasterRecord<CustomerDetails> {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "credit_limit", precision = 15, scale = 2)
    private BigDecimal creditLimit;

    protected Customer() {
    }

    public static Customer create(String code, CustomerDetails details, ChangeContext change) {
        Customer customer = new Customer();
        customer.start(code, details, change);
        return customer;
    }

    @Override
    protected void apply(CustomerDetails details) {
        name = Texts.required("name", details.name(), 200);
        address = Texts.optional("address", details.address(), 500);
        phone = Texts.optional("phone", details.phone(), 50);
        creditLimit = details.creditLimit() == null ? null
                : Amounts.requireNotNegative("creditLimit", details.creditLimit());
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }
}
