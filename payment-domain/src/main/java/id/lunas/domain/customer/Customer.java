package id.lunas.domain.customer;

import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.CacheIndex;

/** A shop that buys on credit; the ERP owns its master data and pushes it to Lunas. */
@Entity
@Cacheable
// payments name it by code: the shared cache answers those look-ups without a query
@CacheIndex(columnNames = "code")
@Table(name = "customer")
public class Customer extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Customer() {
    }

    public static Customer create(String code, CustomerDetails details, ChangeContext change) {
        Customer customer = new Customer();
        customer.code = Texts.required("code", "Customer code", code, 32);
        customer.apply(details);
        customer.markCreated(change);
        return customer;
    }

    public void update(CustomerDetails details, ChangeContext change) {
        apply(details);
        markUpdated(change);
    }

    private void apply(CustomerDetails details) {
        name = Texts.required("name", "Customer name", details.name(), 200);
        address = Texts.optional("address", "Address", details.address(), 500);
        phone = Texts.optional("phone", "Phone", details.phone(), 50);
        active = details.active();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
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

    public boolean isActive() {
        return active;
    }
}
