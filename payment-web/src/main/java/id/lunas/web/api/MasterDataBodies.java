package id.lunas.web.api;

import id.lunas.bankaccount.BankAccountDetails;
import id.lunas.customer.CustomerDetails;
import java.math.BigDecimal;

/** The JSON the ERP pushes for customers, bank accounts and invoices. {@code active} defaults to true. */
public final class MasterDataBodies {

    private MasterDataBodies() {
    }

    public record Customer(String code, String name, String address, String phone, Boolean active) {
        CustomerDetails details() {
            return new CustomerDetails(name, address, phone, active == null || active);
        }
    }

    public record BankAccount(String code, String bankName, String accountNumber, String accountName, Boolean active) {
        BankAccountDetails details() {
            return new BankAccountDetails(bankName, accountNumber, accountName, active == null || active);
        }
    }

    public record Invoice(String number, String customerCode, String invoiceDate, String dueDate, BigDecimal amount,
                         Boolean cancelled) {
    }
}
