package id.lunas.domain.bankaccount;

/** What the ERP may set on a company bank account besides its code. */
public record BankAccountDetails(String bankName, String accountNumber, String accountName, boolean active) {
}
