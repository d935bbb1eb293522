package id.lunas.domain.invoice;

import id.lunas.domain.customer.Customer;
import id.lunas.domain.shared.Amounts;
import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.FieldChecks;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A faktur the ERP issued to a customer. What has been paid on it is not stored here: it is
 * derived from the allocations of payments that are not cancelled (see {@link InvoiceFigures}),
 * so cancelling or rejecting a payment reopens the invoice without anyone touching it.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 40)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    protected Invoice() {
    }

    public static Invoice issue(String number, Customer customer, InvoiceTerms terms, ChangeContext change) {
        Invoice invoice = new Invoice();
        invoice.number = Texts.required("number", number, 40);
        invoice.customer = customer;
        invoice.apply(terms, Amounts.ZERO, change);
        invoice.markCreated(change);
        return invoice;
    }

    /**
     * The ERP corrects an invoice. Its amount may not drop below what payments already cover,
     * and an invoice with payments on it cannot be cancelled: the payments must be cancelled first.
     */
    public void revise(Customer newCustomer, InvoiceTerms terms, BigDecimal alreadyAllocated, ChangeContext change) {
        if (!newCustomer.getCode().equals(customer.getCode()) && alreadyAllocated.signum() > 0) {
            throw new RuleViolationException("customerCode", "invoice.customerFixed", number, customer.getCode());
        }
        customer = newCustomer;
        apply(terms, alreadyAllocated, change);
        markUpdated(change);
    }

    private void apply(InvoiceTerms terms, BigDecimal alreadyAllocated, ChangeContext change) {
        FieldChecks checks = new FieldChecks();
        LocalDate issued = checks.check(() -> change.dates().check("invoiceDate",
                Texts.present("invoiceDate", terms.invoiceDate())));
        LocalDate due = checks.check(() -> change.dates().check("dueDate", Texts.present("dueDate", terms.dueDate())));
        BigDecimal newAmount = checks.check(() -> Amounts.requirePositive("amount", terms.amount()));
        if (issued != null && due != null && due.isBefore(issued)) {
            checks.add(new FieldError("dueDate", "invoice.dueBeforeInvoiceDate", due, issued));
        }
        checks.refuseIfAny();
        if (newAmount.compareTo(alreadyAllocated) < 0) {
            throw new RuleViolationException("amount", "invoice.amountBelowAllocated", number, alreadyAllocated,
                    newAmount);
        }
        if (terms.cancelled() && alreadyAllocated.signum() > 0) {
            throw new RuleViolationException("cancelled", "invoice.cancelWithPayments", number);
        }
        invoiceDate = issued;
        dueDate = due;
        amount = newAmount;
        cancelled = terms.cancelled();
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
