package id.lunas.domain.customer;

import id.lunas.domain.shared.MasterRecord;

/** What the ERP may set on a customer besides its code. */
public record CustomerDetails(String name, String address, String phone, boolean active)
        implements MasterRecord.Details {
}
