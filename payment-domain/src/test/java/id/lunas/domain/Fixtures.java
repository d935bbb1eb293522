package id.lunas.domain;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankaccount.BankAccountDetails;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.customer.CustomerDetails;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.PaymentDraft;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.giro.GiroDetails;
import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.invoice.InvoiceTerms;
import id.lunas.domain.shared.BackdatingAllowance;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.ClosedBooks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The seed's world for domain tests: 1188 MINI MARKET, its BRI account and its giro of 21 August 2023. */
public final class Fixtures {

    public static final LocalDate PAID_ON = LocalDate.of(2023, 8, 21);
    public static final LocalDate CLEARS_ON = LocalDate.of(2023, 8, 22);
    public static final BigDecimal SEED_AMOUNT = new BigDecimal("30878568.81");

    private Fixtures() {
    }

    public static ChangeContext on(LocalDate today) {
        return new ChangeContext("finance", Instant.parse("2023-09-01T03:00:00Z"), today);
    }

    /** The same change, made while the books are closed through {@code closedThrough}. */
    public static ChangeContext booksClosedThrough(ChangeContext change, LocalDate closedThrough) {
        return new ChangeContext(change.user(), change.at(), change.today(), change.dates(),
                ClosedBooks.through(closedThrough), change.backdating());
    }

    /** The same change, made while a payment may be dated at most {@code days} before its entry without a reason. */
    public static ChangeContext backdatingAllowed(ChangeContext change, int days) {
        return new ChangeContext(change.user(), change.at(), change.today(), change.dates(), change.books(),
                new BackdatingAllowance(days));
    }

    public static ChangeContext seedDay() {
        return on(LocalDate.of(2023, 9, 1));
    }

    public static Customer miniMarket() {
        return Customer.create("1188", new CustomerDetails("1188 MINI MARKET", null, null, true), seedDay());
    }

    public static Customer otherShop() {
        return Customer.create("2001", new CustomerDetails("TOKO SUMBER REJEKI", null, null, true), seedDay());
    }

    public static BankAccount bri() {
        return BankAccount.create("BRI-01", new BankAccountDetails("BRI", "0123", "PT Lunas", true), seedDay());
    }

    public static Invoice invoice(Customer customer, String number, String amount) {
        return Invoice.issue(number, customer, new InvoiceTerms(LocalDate.of(2023, 7, 20), LocalDate.of(2023, 8, 19),
                new BigDecimal(amount), false), seedDay());
    }

    public static GiroDetails seedGiro() {
        return new GiroDetails("BG-778812", "BCA", "1188 MINI MARKET", PAID_ON, CLEARS_ON);
    }

    public static PaymentDraft giroDraft(Customer customer) {
        return new PaymentDraft(customer, PAID_ON, PaymentMethod.GIRO, bri(), "Andi", SEED_AMOUNT, seedGiro(), false, null, null);
    }

    public static PaymentDraft cashDraft(Customer customer, String amount) {
        return new PaymentDraft(customer, PAID_ON, PaymentMethod.CASH, null, "Budi", new BigDecimal(amount), null, false,
                null, null);
    }

    public static CustomerPayment seedGiroPayment() {
        return recorded("PR-230800811", giroDraft(miniMarket()), seedDay());
    }

    /** A payment recorded in the back office, numbered as the service numbers it. */
    public static CustomerPayment recorded(String number, PaymentDraft draft, ChangeContext change) {
        CustomerPayment payment = CustomerPayment.record(draft, change);
        payment.numbered(number);
        return payment;
    }

    /** A field collection, numbered as the service numbers it. */
    public static CustomerPayment collected(String number, PaymentDraft draft, ChangeContext change) {
        CustomerPayment payment = CustomerPayment.collect(draft, change);
        payment.numbered(number);
        return payment;
    }
}
