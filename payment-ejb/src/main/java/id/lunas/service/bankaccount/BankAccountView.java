package id.lunas.service.bankaccount;

import id.lunas.domain.bankaccount.BankAccount;
/** A company bank account as clients read it. */
public record BankAccountView(String code, String bankName, String accountNumber, String accountName,
                              boolean active) {

    static BankAccountView of(BankAccount account) {
        return new BankAccountView(account.getCode(), account.getBankName(), account.getAccountNumber(),
                account.getAccountName(), account.isActive());
    }
}
