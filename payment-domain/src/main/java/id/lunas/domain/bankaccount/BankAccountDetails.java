package id.lunas.domain.bankaccount;

import id.lunas.domain.shared.MasterRecord;

/** What the ERP may set on a company bank account besides its code. */
public record BankAccountDetails(String bankName, String accountNumber, String accountName, boolean active)
        implements MasterRecord.Details {
}
