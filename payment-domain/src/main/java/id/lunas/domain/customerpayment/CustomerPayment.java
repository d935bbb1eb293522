package id.lunas.domain.customerpayment;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.giro.Giro;
import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.shared.Amounts;
import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Money a customer paid, followed from entry until it is really in the bank (or void). Every
 * transition is a method here that checks its rules, moves the status and appends one history
 * event; services only load, lock and save.
 */
@Entity
@Table(name = "customer_payment")
public class CustomerPayment extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 12)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "payment_date", nullable = false)
    private LocalDate paymentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 16)
    private PaymentMethod method;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bank_account_id")
    private BankAccount bankAccount;

    @Column(name = "collector", length = 100)
    private String collector;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PaymentStatus status;

    @Column(name = "await_clearing", nullable = false)
    private boolean awaitClearing;

    @Embedded
    private Giro giro;

    /** Unique while the payment is not cancelled, so one giro sheet cannot pay twice even under a race. */
    @Column(name = "giro_key", length = 160)
    private String giroKey;

    @Column(name = "resolved_date")
    private LocalDate resolvedDate;

    @Column(name = "cancelled_date")
    private LocalDate cancelledDate;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Embedded
    private Rejection rejection;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    // Both lists start empty only in create(): a list made by a field initializer would count as
    // already read when EclipseLink refreshes the payment under a row lock, and it would then load
    // the whole history just to append one event.
    @OneToMany(mappedBy = "payment", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PaymentAllocation> allocations;

    @OneToMany(mappedBy = "payment", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PaymentEvent> events;

    protected CustomerPayment() {
    }

    /** Entered in the back office: a giro (or a transfer still to be seen) waits as Active, other money is in. */
    public static CustomerPayment record(String number, PaymentDraft draft, ChangeContext change) {
        boolean clearing = draft.method() == PaymentMethod.GIRO || draft.awaitClearing();
        CustomerPayment payment = create(number, draft, change,
                clearing ? PaymentStatus.ACTIVE : PaymentStatus.COMPLETED);
        payment.addEvent(change, PaymentAction.RECORDED, null, payment.status, draft.note());
        return payment;
    }

    /** Submitted by a collector in the field: it waits as Pending until the back office confirms it. */
    public static CustomerPayment collect(String number, PaymentDraft draft, ChangeContext change) {
        CustomerPayment payment = create(number, draft, change, PaymentStatus.PENDING);
        payment.addEvent(change, PaymentAction.COLLECTED, null, PaymentStatus.PENDING, draft.note());
        return payment;
    }

    private static CustomerPayment create(String number, PaymentDraft draft, ChangeContext change,
                                          PaymentStatus initial) {
        Objects.requireNonNull(draft.customer(), "customer");
        if (draft.method() == null) {
            throw new InvalidInputException("method", "Payment method is required");
        }
        if (draft.paymentDate() == null) {
            throw new InvalidInputException("paymentDate", "Payment date is required");
        }
        if (draft.paymentDate().isAfter(change.today())) {
            throw new InvalidInputException("paymentDate", "Payment date " + draft.paymentDate()
                    + " is in the future (today is " + change.today() + ")");
        }
        if (draft.method() != PaymentMethod.CASH && draft.bankAccount() == null) {
            throw new InvalidInputException("bankAccountCode",
                    "A deposit bank account is required for " + describe(draft.method()) + " payments");
        }
        if (draft.method() == PaymentMethod.GIRO && draft.giro() == null) {
            throw new InvalidInputException("giro", "Giro details are required for a giro payment");
        }
        if (draft.method() != PaymentMethod.GIRO && draft.giro() != null) {
            throw new InvalidInputException("giro", "Giro details belong only to giro payments, not to "
                    + describe(draft.method()) + " payments");
        }
        if (!draft.customer().isActive()) {
            throw new RuleViolationException("customerCode", "Customer " + draft.customer().getCode()
                    + " is inactive and cannot receive payments");
        }
        CustomerPayment payment = new CustomerPayment();
        payment.allocations = new ArrayList<>();
        payment.events = new ArrayList<>();
        payment.number = number;
        payment.customer = draft.customer();
        payment.paymentDate = draft.paymentDate();
        payment.method = draft.method();
        payment.bankAccount = draft.bankAccount();
        payment.collector = Texts.optional("collector", "Collector", draft.collector(), 100);
        payment.amount = Amounts.requirePositive("amount", draft.amount());
        payment.awaitClearing = draft.awaitClearing() && draft.method() != PaymentMethod.GIRO;
        payment.giro = draft.giro();
        payment.giroKey = draft.giro() == null ? null : draft.giro().identity();
        payment.note = Texts.optional("note", "Note", draft.note(), 1000);
        payment.status = initial;
        if (initial == PaymentStatus.COMPLETED) {
            payment.resolvedDate = payment.paymentDate;
        }
        payment.markCreated(change);
        return payment;
    }

    /**
     * Applies part of this payment to an invoice of the same customer. {@code outstanding} is the
     * invoice's outstanding amount read under a lock by the caller, so two payments cannot both
     * take the same open amount.
     */
    public void allocate(Invoice invoice, BigDecimal outstanding, BigDecimal requested, String field) {
        BigDecimal share = Amounts.requirePositive(field + ".amount", requested);
        if (status == PaymentStatus.CANCELLED) {
            throw new RuleViolationException(field, "Payment " + number + " is cancelled; nothing can be allocated");
        }
        if (!invoice.getCustomer().getCode().equals(customer.getCode())) {
            throw new RuleViolationException(field + ".invoiceNumber", "Invoice " + invoice.getNumber()
                    + " belongs to customer " + invoice.getCustomer().getCode() + ", not to " + customer.getCode());
        }
        if (invoice.isCancelled()) {
            throw new RuleViolationException(field + ".invoiceNumber", "Invoice " + invoice.getNumber()
                    + " is cancelled");
        }
        if (share.compareTo(outstanding) > 0) {
            throw new RuleViolationException(field + ".amount", "Allocation " + Amounts.format(share)
                    + " is more than the outstanding " + Amounts.format(outstanding) + " of invoice "
                    + invoice.getNumber());
        }
        if (share.compareTo(unappliedAmount()) > 0) {
            throw new RuleViolationException(field + ".amount", "Allocations add up to more than the payment amount "
                    + Amounts.format(amount) + " (only " + Amounts.format(unappliedAmount()) + " is left to allocate)");
        }
        allocations.add(new PaymentAllocation(this, invoice, share));
    }

    /** Records, after the fact, that an unapplied remainder was allocated. */
    public void noteAllocationAdded(String detail, ChangeContext change) {
        addEvent(change, PaymentAction.ALLOCATED, status, status, detail);
        markUpdated(change);
    }

    /** The back office accepts a field collection: money still clearing stays Active, other money is in. */
    public void confirm(ChangeContext change) {
        requireStatus("confirmed", PaymentStatus.PENDING);
        PaymentStatus target = method == PaymentMethod.GIRO || awaitClearing
                ? PaymentStatus.ACTIVE : PaymentStatus.COMPLETED;
        if (target == PaymentStatus.COMPLETED) {
            resolvedDate = paymentDate;
        }
        moveTo(target, PaymentAction.CONFIRMED, null, change);
    }

    /** The money arrived (the seed's Resolve action): Active becomes Completed on the clearing date. */
    public void resolve(LocalDate date, ChangeContext change) {
        requireStatus("resolved", PaymentStatus.ACTIVE);
        if (date == null) {
            throw new InvalidInputException("resolvedDate", "Resolved date is required");
        }
        if (date.isBefore(paymentDate)) {
            throw new RuleViolationException("resolvedDate", "Resolved date " + date
                    + " is before the payment date " + paymentDate);
        }
        if (date.isAfter(change.today())) {
            throw new RuleViolationException("resolvedDate", "Resolved date " + date
                    + " is in the future (today is " + change.today() + ")");
        }
        Giro giro = getGiro();
        if (giro != null) {
            if (date.isBefore(giro.getEffectiveDate())) {
                throw new RuleViolationException("resolvedDate", "Resolved date " + date
                        + " is before the giro's effective date " + giro.getEffectiveDate()
                        + "; a giro cannot clear before it may be presented");
            }
            if (giro.isExpiredOn(date)) {
                throw new RuleViolationException("resolvedDate", "Resolved date " + date
                        + " is after the giro's 70-day window ended on " + giro.lastPresentationDate()
                        + "; an expired giro cannot clear, record it as rejected instead");
            }
        }
        resolvedDate = date;
        moveTo(PaymentStatus.COMPLETED, PaymentAction.RESOLVED, "Resolved on " + date, change);
    }

    /** Voids the payment; its allocations stop counting, so the invoices it paid open again. */
    public void cancel(String reason, ChangeContext change) {
        String why = Texts.required("reason", "Cancel reason", reason, 1000);
        requireNotCancelled("cancelled");
        cancelReason = why;
        moveTo(PaymentStatus.CANCELLED, PaymentAction.CANCELLED, why, change);
    }

    /** Giro tolak: the bank refused the giro. The payment is void, the invoices reopen, the refusal is kept. */
    public void rejectGiro(LocalDate rejectedDate, RejectionReason reason, String rejectionNote, ChangeContext change) {
        if (rejectedDate == null) {
            throw new InvalidInputException("rejectedDate", "Rejected date is required");
        }
        if (reason == null) {
            throw new InvalidInputException("reasonCode", "Rejection reason is required");
        }
        String trimmedNote = Texts.optional("note", "Note", rejectionNote, 1000);
        if (method != PaymentMethod.GIRO) {
            throw new RuleViolationException("Payment " + number + " is a " + describe(method)
                    + " payment; only giro payments can be rejected by the bank");
        }
        requireStatus("recorded as rejected", PaymentStatus.ACTIVE);
        Giro giro = getGiro();
        if (rejectedDate.isBefore(giro.getEffectiveDate())) {
            throw new RuleViolationException("rejectedDate", "Rejected date " + rejectedDate
                    + " is before the giro's effective date " + giro.getEffectiveDate());
        }
        if (rejectedDate.isAfter(change.today())) {
            throw new RuleViolationException("rejectedDate", "Rejected date " + rejectedDate
                    + " is in the future (today is " + change.today() + ")");
        }
        rejection = new Rejection(rejectedDate, reason, trimmedNote);
        cancelReason = "Giro rejected by the bank: " + reason.name()
                + (trimmedNote == null ? "" : " - " + trimmedNote);
        moveTo(PaymentStatus.CANCELLED, PaymentAction.GIRO_REJECTED, cancelReason, change);
    }

    private void moveTo(PaymentStatus target, PaymentAction action, String detail, ChangeContext change) {
        PaymentStatus from = status;
        status = target;
        if (target != PaymentStatus.ACTIVE) {
            overdue = false;
            overdueSince = null;
        }
        if (target == PaymentStatus.CANCELLED) {
            cancelledDate = change.today();
            giroKey = null;
        }
        addEvent(change, action, from, target, detail);
        markUpdated(change);
    }

    private void requireStatus(String verb, PaymentStatus required) {
        if (status != required) {
            throw new RuleViolationException("Payment " + number + " is " + status.label() + "; only "
                    + required.label() + " payments can be " + verb);
        }
    }

    private void requireNotCancelled(String verb) {
        if (status == PaymentStatus.CANCELLED) {
            throw new RuleViolationException("Payment " + number + " is already cancelled and cannot be " + verb);
        }
    }

    private void addEvent(ChangeContext change, PaymentAction action, PaymentStatus from, PaymentStatus to,
                          String detail) {
        events.add(new PaymentEvent(this, change, action, from, to, detail));
    }

    private static String describe(PaymentMethod method) {
        return method.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public BigDecimal allocatedAmount() {
        return allocations.stream().map(PaymentAllocation::getAmount).reduce(Amounts.ZERO, BigDecimal::add);
    }

    public BigDecimal unappliedAmount() {
        return amount.subtract(allocatedAmount());
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

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public BankAccount getBankAccount() {
        return bankAccount;
    }

    public String getCollector() {
        return collector;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public boolean isAwaitClearing() {
        return awaitClearing;
    }

    /** The giro, or null for other methods (JPA may hand back an empty embeddable for those). */
    public Giro getGiro() {
        return giro == null || giro.getNumber() == null ? null : giro;
    }

    public LocalDate getResolvedDate() {
        return resolvedDate;
    }

    public LocalDate getCancelledDate() {
        return cancelledDate;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Rejection getRejection() {
        return rejection != null && rejection.getDate() != null ? rejection : null;
    }

    public String getNote() {
        return note;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public LocalDate getOverdueSince() {
        return overdueSince;
    }

    public List<PaymentAllocation> getAllocations() {
        return Collections.unmodifiableList(allocations);
    }

    public List<PaymentEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
