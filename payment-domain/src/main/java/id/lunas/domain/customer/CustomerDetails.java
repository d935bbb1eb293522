package id.lunas.domain.customer;

import id.lunas.domain.shared.MasterRecord;
import java.math.BigDecimal;

/**
 * What the ERP may set on a customer besides its code. {@code creditLimit}: how much the customer
 * may owe, uncleared giros and Pending collections included; none when the ERP sets no limit.
 */
public record CustomerDetails(String name, String address, String phone, boolean active, BigDecimal creditLimit)
        implements MasterRecord.Details {

    /** A customer without a credit limit. */
    public CustomerDetails(String name, String address, String phone, boolean active) {
        this(name, address, phone, active, null);
    }
}
