package id.lunas.web.bankaccount.api;

import id.lunas.domain.bankaccount.BankAccountDetails;

/** The JSON the ERP pushes for a company bank account; {@code active} defaults to true. */
public record BankAccountBody(String code, String bankName, String accountNumber, String accountName, Boolean active) {

    BankAccountDetails details() {
        return new BankAccountDetails(bankName, accountNumber, accountName, active == null || active);
    }
}
