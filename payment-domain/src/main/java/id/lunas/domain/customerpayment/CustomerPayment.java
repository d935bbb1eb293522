package id.lunas.domain.customerpayment;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.collection.CollectionList;
import id.lunas.domain.credit.CreditMode;
import id.lunas.domain.credit.GiroCheck;
import id.lunas.domain.collection.Handover;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.giro.Giro;
import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.girodeposit.GiroPlace;
import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.shared.Amounts;
import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.BackdatingAllowance;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.FieldChecks;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.FieldLabel;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Message;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.Share;
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
import java.util.Optional;

/**
 * Money a customer paid, followed from entry until it is really in the bank (or void). Every
 * transition is a method here that checks its rules, moves the status and appends one history
 * event; services only load, lock and save.
 */
@Entity
@Table(name = "customer_payment")
public class CustomerPayment extends Audited {

    public static final int BACKDATE_REASON_LENGTH = 500;

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

    /** Days between the payment date and the day the payment was entered, for the backdating report. */
    @Column(name = "entry_lag_days", nullable = false)
    private int entryLagDays;

    @Column(name = "backdate_reason", length = BACKDATE_REASON_LENGTH)
    private String backdateReason;

    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    /** The deposit an Active giro is on (none while it is in hand), or the one it cleared or bounced from. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "giro_deposit_id")
    private GiroDeposit deposit;

    /** A giro of a customer to verify: it waits Pending until someone other than its recorder confirms it. */
    @Column(name = "verification_required", nullable = false)
    private boolean verificationRequired;

    /** A field giro of a blocked customer: kept, but confirming it needs the block lifted. */
    @Column(name = "credit_hold", nullable = false)
    private boolean creditHold;

    /** The collection list a field collection was made against, if it named one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "collection_list_id")
    private CollectionList collectionList;

    /** The handover in which the collector handed this collection to the cashier. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handover_id")
    private Handover handover;

    /** The first handover day this collection was expected at and not handed over; empty once it is. */
    @Column(name = "handover_missed_on")
    private LocalDate handoverMissedOn;

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
    public static CustomerPayment record(PaymentDraft draft, ChangeContext change) {
        return record(draft, change, GiroCheck.ALLOW);
    }

    /**
     * As {@link #record(PaymentDraft, ChangeContext)}, under the customer's giro mode: a giro of a
     * blocked customer is refused with the rejections behind the block, one of a customer to
     * verify waits Pending until someone other than its recorder confirms it.
     */
    public static CustomerPayment record(PaymentDraft draft, ChangeContext change, GiroCheck check) {
        boolean giro = draft.method() == PaymentMethod.GIRO;
        if (giro && check.mode() == CreditMode.BLOCK) {
            throw blocked(draft, check);
        }
        boolean verify = giro && check.mode() == CreditMode.VERIFY;
        boolean clearing = giro || draft.awaitClearing();
        PaymentStatus initial = verify ? PaymentStatus.PENDING : clearing ? PaymentStatus.ACTIVE : PaymentStatus.COMPLETED;
        CustomerPayment payment = create(draft, change, initial, change.backdating());
        payment.verificationRequired = verify;
        payment.addEvent(change, PaymentAction.RECORDED, null, payment.status,
                verify ? Message.of("event.toVerify") : null, payment.note);
        return payment;
    }

    private static RuleViolationException blocked(PaymentDraft draft, GiroCheck check) {
        List<FieldError> rejections = check.rejectedDates().stream()
                .map(date -> new FieldError("giro", "credit.rejectedOn", date)).toList();
        String customer = draft.customer() == null ? "" : draft.customer().getCode();
        return new RuleViolationException(check.overridden() ? Message.of("credit.giroBlockedByManager", customer)
                : Message.of("credit.giroBlocked", customer, (long) check.rejectedDates().size()), rejections);
    }

    /**
     * Submitted by a collector in the field: it waits as Pending until the back office confirms it.
     * A collection dated back needs no reason from the collector; the backdating report still shows it.
     */
    public static CustomerPayment collect(PaymentDraft draft, ChangeContext change) {
        return collect(draft, change, GiroCheck.ALLOW);
    }

    /**
     * As {@link #collect(PaymentDraft, ChangeContext)}, under the customer's giro mode: a collection
     * is never lost to a block, it arrives held (confirming it needs an override); one of a customer
     * to verify needs a second person, which the cashier is.
     */
    public static CustomerPayment collect(PaymentDraft draft, ChangeContext change, GiroCheck check) {
        CustomerPayment payment = create(draft, change, PaymentStatus.PENDING, BackdatingAllowance.NONE);
        boolean giro = payment.method == PaymentMethod.GIRO;
        payment.creditHold = giro && check.mode() == CreditMode.BLOCK;
        payment.verificationRequired = giro && check.mode() == CreditMode.VERIFY;
        payment.addEvent(change, PaymentAction.COLLECTED, null, PaymentStatus.PENDING,
                payment.creditHold ? Message.of("event.creditHold", (long) check.rejectedDates().size())
                        : payment.verificationRequired ? Message.of("event.toVerify") : null, payment.note);
        return payment;
    }

    private static CustomerPayment create(PaymentDraft draft, ChangeContext change, PaymentStatus initial,
                                          BackdatingAllowance backdating) {
        FieldChecks checks = new FieldChecks();
        Customer customer = checks.check(() -> Texts.present("customerCode", draft.customer()));
        PaymentMethod method = checks.check(() -> Texts.present("method", draft.method()));
        LocalDate paymentDate = checks.check(() -> change.dates().check("paymentDate",
                Texts.present("paymentDate", draft.paymentDate())));
        BigDecimal amount = checks.check(() -> Amounts.requirePositive("amount", draft.amount()));
        String collector = checks.check(() -> Texts.optional("collector", draft.collector(), 100));
        String note = checks.check(() -> Texts.optionalNote("note", draft.note(), 1000));
        String backdateReason = checks.check(() -> Texts.optionalNote("backdateReason", draft.backdateReason(),
                BACKDATE_REASON_LENGTH));
        if (paymentDate != null && paymentDate.isAfter(change.today())) {
            checks.add(new FieldError("paymentDate", "payment.dateInFuture", paymentDate, change.today()));
        }
        if (paymentDate != null) {
            backdating.refusal("backdateReason", paymentDate, change.today(), backdateReason).ifPresent(checks::add);
        }
        if (method != null && method != PaymentMethod.CASH && draft.bankAccount() == null) {
            checks.add(new FieldError("bankAccountCode", "payment.bankAccountRequired", method));
        }
        Giro giro = draft.giro() == null ? null : checks.check(() -> draft.giro().checked(change.dates()));
        if (method == PaymentMethod.GIRO && draft.giro() == null) {
            checks.add(new FieldError("giro", "payment.giroRequired"));
        }
        if (method != null && method != PaymentMethod.GIRO && draft.giro() != null) {
            checks.add(new FieldError("giro", "payment.giroNotAllowed", method));
        }
        checks.refuseIfAny();
        change.books().requireOpen("paymentDate", paymentDate);
        if (!customer.isActive()) {
            throw new RuleViolationException("customerCode", "payment.customerInactive", customer.getCode());
        }
        CustomerPayment payment = new CustomerPayment();
        payment.allocations = new ArrayList<>();
        payment.events = new ArrayList<>();
        payment.customer = customer;
        payment.paymentDate = paymentDate;
        payment.method = method;
        payment.bankAccount = draft.bankAccount();
        payment.collector = collector;
        payment.amount = amount;
        payment.awaitClearing = draft.awaitClearing() && draft.method() != PaymentMethod.GIRO;
        payment.giro = giro;
        payment.giroKey = giro == null ? null : giro.identity();
        payment.note = note;
        payment.entryLagDays = BackdatingAllowance.lagDays(paymentDate, change.today());
        payment.backdateReason = backdateReason;
        payment.status = initial;
        if (initial == PaymentStatus.COMPLETED) {
            payment.resolvedDate = payment.paymentDate;
        }
        payment.markCreated(change);
        return payment;
    }

    /**
     * Gives a new payment its number. Services take the number last, after every other lock, so the
     * monthly counter's row lock is short and always taken in the same order.
     */
    public void numbered(String newNumber) {
        if (number != null) {
            throw new IllegalStateException("Payment " + number + " is numbered already");
        }
        number = newNumber;
    }

    /**
     * Applies part of this payment to an invoice of the same customer. {@code outstanding} is the
     * invoice's outstanding amount read under a lock by the caller, so two payments cannot both
     * take the same open amount.
     */
    public void allocate(Invoice invoice, BigDecimal outstanding, BigDecimal requested, String field) {
        BigDecimal share = Amounts.requirePositive(field + ".amount", requested);
        if (status == PaymentStatus.CANCELLED) {
            throw new RuleViolationException(field, "allocation.paymentCancelled", number);
        }
        if (!invoice.getCustomer().getCode().equals(customer.getCode())) {
            throw new RuleViolationException(field + ".invoiceNumber", "allocation.otherCustomer", invoice.getNumber(),
                    invoice.getCustomer().getCode(), customer.getCode());
        }
        if (invoice.isCancelled()) {
            throw new RuleViolationException(field + ".invoiceNumber", "allocation.invoiceCancelled", invoice.getNumber());
        }
        if (share.compareTo(outstanding) > 0) {
            throw new RuleViolationException(field + ".amount", "allocation.moreThanOutstanding", share, outstanding,
                    invoice.getNumber());
        }
        if (share.compareTo(unappliedAmount()) > 0) {
            throw new RuleViolationException(field + ".amount", "allocation.moreThanPayment", amount, unappliedAmount());
        }
        allocations.add(new PaymentAllocation(this, invoice, share));
    }

    /** Records, after the fact, that an unapplied remainder was allocated: which invoices got how much. */
    public void noteAllocationAdded(List<Share> shares, ChangeContext change) {
        change.books().requireOpen("paymentDate", paymentDate);
        addEvent(change, PaymentAction.ALLOCATED, status, status, Message.of("event.allocated", List.copyOf(shares)), null);
        markUpdated(change);
    }

    /** The back office accepts a field collection: money still clearing stays Active, other money is in. */
    public void confirm(ChangeContext change) {
        confirm(change, GiroCheck.ALLOW);
    }

    /**
     * As {@link #confirm(ChangeContext)}, under the customer's giro mode now: a held collection
     * needs the block lifted (an override), a giro to verify someone other than who entered it.
     */
    public void confirm(ChangeContext change, GiroCheck now) {
        confirm(null, change, now);
    }

    private void confirm(Message detail, ChangeContext change, GiroCheck now) {
        requireStatus("transition.confirm", PaymentStatus.PENDING);
        if (creditHold && now.mode() == CreditMode.BLOCK) {
            throw new RuleViolationException(null, "credit.holdNeedsOverride", number, customer.getCode());
        }
        if (verificationRequired && change.user().equals(getCreatedBy())) {
            throw new RuleViolationException(null, "credit.secondPersonRequired", number, getCreatedBy());
        }
        change.books().requireOpen("paymentDate", paymentDate);
        PaymentStatus target = method == PaymentMethod.GIRO || awaitClearing
                ? PaymentStatus.ACTIVE : PaymentStatus.COMPLETED;
        if (target == PaymentStatus.COMPLETED) {
            resolvedDate = paymentDate;
        }
        moveTo(target, PaymentAction.CONFIRMED, detail, null, change);
    }

    /**
     * A collection made against a collection list: the list must be this collector's, Open, and hold
     * every invoice the collection pays.
     */
    public void collectedOn(CollectionList list) {
        list.requireTakes(collector, allocations.stream().map(a -> a.getInvoice().getNumber()).toList());
        collectionList = list;
    }

    /** Why this collection cannot be in {@code collector}'s handover of {@code date}, or nothing when it can. */
    Optional<FieldError> handoverRefusal(String handoverCollector, LocalDate date) {
        if (handover != null) {
            return Optional.of(new FieldError(null, "handover.alreadyHandedOver", number, handover.getNumber()));
        }
        if (status != PaymentStatus.PENDING) {
            return Optional.of(new FieldError(null, "handover.notPending", number, status));
        }
        if (!handoverCollector.equals(collector)) {
            return Optional.of(new FieldError(null, "handover.otherCollector", number, collector));
        }
        if (paymentDate.isAfter(date)) {
            return Optional.of(new FieldError(null, "handover.collectedLater", number, paymentDate, date));
        }
        return Optional.empty();
    }

    /**
     * Handed to the cashier: confirmed as the Confirm action does, and remembered on the handover.
     * A giro held by its customer's block is taken into the safe all the same, and stays Pending
     * until the block is lifted and it is confirmed.
     */
    void handOverIn(Handover received, ChangeContext change, GiroCheck now) {
        if (creditHold && now.mode() == CreditMode.BLOCK) {
            requireStatus("transition.confirm", PaymentStatus.PENDING);
            addEvent(change, PaymentAction.HANDED_OVER_HELD, status, status,
                    Message.of("event.handedOverHeld", received.getNumber()), null);
            markUpdated(change);
        } else {
            confirm(Message.of("event.handedOver", received.getNumber()), change, now);
        }
        handover = received;
        handoverMissedOn = null;
    }

    /** Expected at the handover and not there: it stays Pending, flagged from the first day it was missed. */
    void missedIn(Handover missedAt, ChangeContext change) {
        if (handoverMissedOn == null) {
            handoverMissedOn = missedAt.getHandoverDate();
        }
        addEvent(change, PaymentAction.NOT_HANDED_OVER, status, status,
                Message.of("event.notHandedOver", missedAt.getNumber()), null);
        markUpdated(change);
    }

    /** The money arrived (the seed's Resolve action): Active becomes Completed on the clearing date. */
    public void resolve(LocalDate date, ChangeContext change) {
        change.dates().check("resolvedDate", Texts.present("resolvedDate", date));
        resolveRefusal(date, change).ifPresent(refusal -> {
            throw new RuleViolationException(refusal.field(), refusal.message());
        });
        resolvedDate = date;
        Message detail = deposit == null ? Message.of("event.resolved", date)
                : Message.of("event.resolvedWithDeposit", date, deposit.getNumber());
        moveTo(PaymentStatus.COMPLETED, PaymentAction.RESOLVED, detail, null, change);
    }

    /**
     * Why this payment cannot be resolved on that date, or nothing when it can: for a caller that
     * resolves many at once and names every refused one before it changes any.
     */
    public Optional<FieldError> resolveRefusal(LocalDate date, ChangeContext change) {
        LocalDate today = change.today();
        if (status != PaymentStatus.ACTIVE) {
            return Optional.of(new FieldError(null, "transition.resolve", number, status, PaymentStatus.ACTIVE));
        }
        if (date.isBefore(paymentDate)) {
            return refusal("resolvedDate", "resolve.beforePaymentDate", date, paymentDate);
        }
        if (date.isAfter(today)) {
            return refusal("resolvedDate", "resolve.inFuture", date, today);
        }
        if (change.books().isClosed(date)) {
            return change.books().refusal("resolvedDate", date);
        }
        Giro giro = getGiro();
        if (giro != null && date.isBefore(giro.getEffectiveDate())) {
            return refusal("resolvedDate", "resolve.beforeEffectiveDate", date, giro.getEffectiveDate());
        }
        if (giro != null && giro.isExpiredOn(date)) {
            return refusal("resolvedDate", "resolve.afterWindow", date, giro.lastPresentationDate());
        }
        return Optional.empty();
    }

    /**
     * Why this giro cannot go onto the deposit, or nothing when it can: an Active giro in hand, due
     * by the deposit date, still inside its window, received for the deposit's bank account.
     */
    public Optional<FieldError> depositRefusal(GiroDeposit onto) {
        if (method != PaymentMethod.GIRO) {
            return refusal(null, "deposit.notGiro", number, method);
        }
        if (status != PaymentStatus.ACTIVE) {
            return refusal(null, "deposit.notActive", number, status);
        }
        if (deposit != null) {
            return refusal(null, "deposit.alreadyDeposited", number, deposit.getNumber());
        }
        Giro giro = getGiro();
        if (giro.getEffectiveDate().isAfter(onto.getDepositDate())) {
            return refusal(null, "deposit.notYetEffective", number, giro.getEffectiveDate(), onto.getDepositDate());
        }
        if (giro.isExpiredOn(onto.getDepositDate())) {
            return refusal(null, "deposit.windowEnded", number, giro.lastPresentationDate());
        }
        if (!bankAccount.getCode().equals(onto.getBankAccount().getCode())) {
            return refusal(null, "deposit.otherBankAccount", number, bankAccount.getCode(),
                    onto.getBankAccount().getCode());
        }
        return Optional.empty();
    }

    /** Takes the giro out of the safe onto a deposit; the deposit counts it. */
    public void depositOn(GiroDeposit onto, ChangeContext change) {
        depositRefusal(onto).ifPresent(refusal -> {
            throw new RuleViolationException(refusal.field(), refusal.message());
        });
        deposit = onto;
        onto.add(amount);
        addEvent(change, PaymentAction.DEPOSITED, status, status,
                Message.of("event.deposited", onto.getNumber(), onto.getDepositDate()), null);
        markUpdated(change);
    }

    /** The deposit was never taken to the bank: the giro is back in the safe, ready for another one. */
    public void returnToHand(ChangeContext change) {
        if (deposit == null || status != PaymentStatus.ACTIVE) {
            throw new RuleViolationException(null, "deposit.notInDeposit", number);
        }
        String from = deposit.getNumber();
        deposit = null;
        addEvent(change, PaymentAction.RETURNED_TO_HAND, status, status, Message.of("event.returnedToHand", from), null);
        markUpdated(change);
    }

    /** Where the sheet of an Active giro is today; nothing for other payments. */
    public Optional<GiroPlace> place(LocalDate today) {
        if (method != PaymentMethod.GIRO || status != PaymentStatus.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(GiroPlace.of(deposit == null ? null : deposit.getDepositDate(), today));
    }

    private static Optional<FieldError> refusal(String field, String code, Object... arguments) {
        return Optional.of(new FieldError(field, code, arguments));
    }

    /**
     * The daily scan's judgement on this giro: when {@link OverdueFlag} applies, it is flagged overdue
     * from its first overdue day, with a history line. Says whether it was flagged.
     */
    public boolean flagOverdue(GiroWatch watch, ChangeContext change) {
        if (!OverdueFlag.appliesTo(this, watch, change.today())) {
            return false;
        }
        overdue = true;
        overdueSince = watch.overdueSince(getGiro().getEffectiveDate());
        addEvent(change, OverdueFlag.ACTION, status, status, OverdueFlag.detail(watch), null);
        markUpdated(change);
        return true;
    }

    /**
     * A receipt (kwitansi) is given for money received or on its way; a cancelled payment received
     * nothing, so a receipt for it would be a false document.
     */
    public void requireReceiptable() {
        if (status == PaymentStatus.CANCELLED) {
            throw new RuleViolationException(null, "receipt.cancelled", number);
        }
    }

    /** Voids the payment; its allocations stop counting, so the invoices it paid open again. */
    public void cancel(String reason, ChangeContext change) {
        String why = Texts.requiredNote("reason", reason, 1000);
        if (status == PaymentStatus.CANCELLED) {
            throw new RuleViolationException(null, "transition.alreadyCancelled", number);
        }
        change.books().requireOpen("cancelledDate", change.today());
        cancelReason = why;
        moveTo(PaymentStatus.CANCELLED, PaymentAction.CANCELLED, null, why, change);
    }

    /** Giro tolak: the bank refused the giro. The payment is void, the invoices reopen, the refusal is kept. */
    public void rejectGiro(LocalDate rejectedDate, RejectionReason reason, String rejectionNote, ChangeContext change) {
        List<FieldError> missing = new ArrayList<>();
        if (rejectedDate == null) {
            missing.add(new FieldError("rejectedDate", "required", FieldLabel.of("rejectedDate")));
        }
        if (reason == null) {
            missing.add(new FieldError("reasonCode", "required", FieldLabel.of("reasonCode")));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        change.dates().check("rejectedDate", rejectedDate);
        String trimmedNote = Texts.optionalNote("note", rejectionNote, 1000);
        if (method != PaymentMethod.GIRO) {
            throw new RuleViolationException(null, "reject.notGiro", number, method);
        }
        requireStatus("transition.reject", PaymentStatus.ACTIVE);
        Giro giro = getGiro();
        if (rejectedDate.isBefore(giro.getEffectiveDate())) {
            throw new RuleViolationException("rejectedDate", "reject.beforeEffectiveDate", rejectedDate,
                    giro.getEffectiveDate());
        }
        if (rejectedDate.isAfter(change.today())) {
            throw new RuleViolationException("rejectedDate", "reject.inFuture", rejectedDate, change.today());
        }
        change.books().requireOpen("rejectedDate", rejectedDate);
        rejection = new Rejection(rejectedDate, reason, trimmedNote);
        moveTo(PaymentStatus.CANCELLED, PaymentAction.GIRO_REJECTED, Message.of("event.giroRejected", reason),
                trimmedNote, change);
    }

    private void moveTo(PaymentStatus target, PaymentAction action, Message detail, String note, ChangeContext change) {
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
        allocations.forEach(PaymentAllocation::followPayment);
        addEvent(change, action, from, target, detail, note);
        markUpdated(change);
    }

    /** {@code code} says which transition was refused: "Payment {0} is {1}; only {2} payments can be ...". */
    private void requireStatus(String code, PaymentStatus required) {
        if (status != required) {
            throw new RuleViolationException(null, code, number, status, required);
        }
    }

    private void addEvent(ChangeContext change, PaymentAction action, PaymentStatus from, PaymentStatus to,
                          Message detail, String note) {
        events.add(new PaymentEvent(this, change, action, from, to, detail, note));
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

    public boolean isVerificationRequired() {
        return verificationRequired;
    }

    public boolean isCreditHold() {
        return creditHold;
    }

    public CollectionList getCollectionList() {
        return collectionList;
    }

    public Handover getHandover() {
        return handover;
    }

    public LocalDate getHandoverMissedOn() {
        return handoverMissedOn;
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

    public int getEntryLagDays() {
        return entryLagDays;
    }

    public String getBackdateReason() {
        return backdateReason;
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

    public GiroDeposit getDeposit() {
        return deposit;
    }

    public List<PaymentEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
