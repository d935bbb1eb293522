package id.lunas.service;

import id.lunas.domain.bankaccount.BankAccountDetails;
import id.lunas.domain.customer.CustomerDetails;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.invoice.InvoiceTerms;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.customerpayment.AllocationRequest;
import id.lunas.service.customerpayment.PaymentRequest.GiroRequest;
import id.lunas.service.customerpayment.PaymentRequest;
import id.lunas.service.invoice.InvoiceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Master data for component tests, under codes unique to each call so tests never see each
 * other's rows, also on a MySQL database that outlives the run.
 */
@ApplicationScoped
public class TestData {

    public static final LocalDate PAID_ON = LocalDate.of(2023, 8, 21);

    @Inject
    CustomerService customers;

    @Inject
    BankAccountService bankAccounts;

    @Inject
    InvoiceService invoices;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public String customer() {
        String code = unique("C");
        customers.create(code, new CustomerDetails("TOKO " + code, null, null, true));
        return code;
    }

    public String bankAccount() {
        String code = unique("BRI");
        bankAccounts.create(code, new BankAccountDetails("BRI", "0123", "PT Lunas", true));
        return code;
    }

    public String invoice(String customer, String amount) {
        String number = unique("INV");
        invoices.create(number, customer, new InvoiceTerms(LocalDate.of(2023, 7, 20), LocalDate.of(2023, 8, 19),
                new BigDecimal(amount), false));
        return number;
    }

    public static PaymentRequest giro(String customer, String bankAccount, String amount, AllocationRequest... allocations) {
        return new PaymentRequest(customer, PAID_ON, PaymentMethod.GIRO, bankAccount, "Andi", new BigDecimal(amount),
                new GiroRequest(unique("BG"), "BCA", null, PAID_ON, PAID_ON.plusDays(1)), List.of(allocations), null,
                false, null);
    }

    public static PaymentRequest cash(String customer, String amount, AllocationRequest... allocations) {
        return new PaymentRequest(customer, PAID_ON, PaymentMethod.CASH, null, "Budi", new BigDecimal(amount), null,
                List.of(allocations), null, false, null);
    }

    public static AllocationRequest allocate(String invoice, String amount) {
        return new AllocationRequest(invoice, new BigDecimal(amount));
    }
}
