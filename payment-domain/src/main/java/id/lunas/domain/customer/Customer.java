package id.lunas.domain.customer;

import id.lunas.domain.audit.AdministrationAction;
import id.lunas.domain.audit.AdministrationEvent;
import id.lunas.domain.credit.CreditMode;
import id.lunas.domain.shared.Amounts;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.MasterRecord;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    /** The giro mode a finance manager set, overriding what the giro risk calls for; none: the risk decides. */
    @Enumerated(EnumType.STRING)
    @Column(name = "giro_mode", length = 10)
    private CreditMode giroMode;

    @Column(name = "giro_mode_reason", length = 150)
    private String giroModeReason;

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

    /**
     * A finance manager's decision on this customer's giros, with the reason (kept, and audited):
     * a mode that overrides the risk, or none to let the risk decide again.
     */
    public AdministrationEvent overrideGiroMode(CreditMode mode, String reason, ChangeContext change) {
        String why = Texts.requiredNote("modeReason", reason, 150);
        String before = giroModeText();
        giroMode = mode;
        giroModeReason = why;
        markUpdated(change);
        return new AdministrationEvent(change, AdministrationAction.GIRO_MODE_SET, getCode(), before,
                giroModeText());
    }

    private String giroModeText() {
        return giroMode == null ? (giroModeReason == null ? null : "AUTOMATIC: " + giroModeReason)
                : giroMode + ": " + giroModeReason;
    }

    public CreditMode getGiroMode() {
        return giroMode;
    }

    public String getGiroModeReason() {
        return giroModeReason;
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
