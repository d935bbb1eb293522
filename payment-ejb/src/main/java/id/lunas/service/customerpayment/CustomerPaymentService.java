package id.lunas.service.customerpayment;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.credit.GiroCheck;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.PaymentBatches;
import id.lunas.domain.customerpayment.PaymentDraft;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.giro.Giro;
import id.lunas.domain.giro.GiroDetails;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.DocumentSeries;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.domain.shared.StaleVersionException;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.credit.GiroChecks;
import id.lunas.service.credit.RiskSettings;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.customerpayment.PaymentRequest.GiroRequest;
import id.lunas.service.giro.GiroSettings;
import id.lunas.service.platform.Changes;
import id.lunas.service.platform.DocumentNumbers;
import id.lunas.service.platform.DuplicateException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Every way money enters or leaves a customer payment, each in one transaction. The rules are the
 * payment's own ({@link CustomerPayment}); this service looks up references, takes the locks that
 * keep concurrent writers honest, and saves.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME})
public class CustomerPaymentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    CustomerService customers;

    @Inject
    BankAccountService bankAccounts;

    @Inject
    InvoiceAllocations invoiceAllocations;

    @Inject
    DocumentNumbers numbers;

    @Inject
    GiroSettings giroSettings;

    @Inject
    LockedPayments lockedPayments;

    @Inject
    DepositLocks depositLocks;

    @Inject
    CollectionLists collectionLists;

    @Inject
    GiroChecks giroChecks;

    @Inject
    RiskSettings riskSettings;

    /** Back-office entry: a giro (or a transfer awaiting clearing) starts Active, other money Completed. */
    public PaymentDetails record(PaymentRequest request) {
        return saved(create(request, false));
    }

    /** A field collection from the SFA app: it waits as Pending. */
    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, COLLECTOR_NAME})
    public PaymentDetails collect(PaymentRequest request) {
        return saved(create(request, true));
    }

    private CustomerPayment create(PaymentRequest request, boolean fromField) {
        ChangeContext change = changes.current();
        // an unknown customer or account is a 404 of its own; a missing one is one more field to fill in
        Customer customer = blank(request.customerCode()) ? null : customers.require(request.customerCode());
        BankAccount account = blank(request.bankAccountCode()) ? null : bankAccounts.require(request.bankAccountCode());
        GiroRequest giro = request.giro();
        String collector = fromField && blank(request.collector()) ? change.user() : request.collector();
        PaymentDraft draft = new PaymentDraft(customer, request.paymentDate(), request.method(), account, collector,
                request.amount(), giro == null ? null : new GiroDetails(giro.number(), giro.drawerBank(),
                giro.drawerName(), giro.drawerAccount(), giro.issueDate(), giro.effectiveDate())
                        .requireDrawerAccountIf(riskSettings.drawerAccountRequired()),
                request.awaitClearing(), request.note(), request.backdateReason());

        GiroCheck check = customer == null || giro == null ? GiroCheck.ALLOW
                : giroChecks.forEntry(customer, giro.drawerAccount());
        CustomerPayment payment = fromField ? CustomerPayment.collect(draft, change, check)
                : CustomerPayment.record(draft, change, check);
        if (payment.getGiro() != null) {
            refuseGiroAlreadyUsed(payment.getGiro());
        }
        InvoiceAllocations.Reservation reservation = invoiceAllocations.reserve(request.allocations());
        payment.numbered(numbers.next(DocumentSeries.PAYMENT, YearMonth.from(payment.getPaymentDate())));
        reservation.applyTo(payment);
        if (!blank(request.collectionListNumber())) {
            payment.collectedOn(collectionLists.require(request.collectionListNumber().strip()));
        }
        em.persist(payment);
        return payment;
    }

    private void refuseGiroAlreadyUsed(Giro giro) {
        em.createQuery("select p.number from CustomerPayment p where p.giroKey = :key", String.class)
                .setParameter("key", giro.identity())
                .getResultStream().findFirst()
                .ifPresent(existing -> {
                    throw new DuplicateException("giro.number", "giro.duplicate", giro.getNumber(),
                            giro.getDrawerBank(), existing);
                });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public PaymentDetails confirm(String number, Long expectedVersion) {
        CustomerPayment payment = lockForChange(number, expectedVersion);
        payment.confirm(changes.current(), giroChecks.now(payment));
        return saved(payment);
    }

    public PaymentDetails resolve(String number, LocalDate resolvedDate, Long expectedVersion) {
        CustomerPayment payment = lockSettling(number, expectedVersion);
        payment.resolve(resolvedDate, changes.current());
        return settled(payment);
    }

    /** Bulk resolve: every named payment Completed on the one date, or none, with every refused one named. */
    public List<PaymentDetails> resolveAll(LocalDate resolvedDate, List<String> numbers) {
        List<CustomerPayment> payments = lockedPayments.lock(numbers);
        ChangeContext change = changes.current();
        PaymentBatches.resolveAll(payments, resolvedDate, change);
        depositLocks.closeSettled(payments, change);
        em.flush();
        return payments.stream().map(p -> PaymentDetails.of(p, giroSettings.watch(), change.today())).toList();
    }

    public PaymentDetails cancel(String number, String reason, Long expectedVersion) {
        CustomerPayment payment = lockSettling(number, expectedVersion);
        payment.cancel(reason, changes.current());
        return settled(payment);
    }

    public PaymentDetails rejectGiro(String number, LocalDate rejectedDate, RejectionReason reason, String note,
                                     Long expectedVersion) {
        CustomerPayment payment = lockSettling(number, expectedVersion);
        giroChecks.lock(payment.getCustomer());
        payment.rejectGiro(rejectedDate, reason, note, changes.current());
        return settled(payment);
    }

    /** For a command that may settle a deposited giro: its deposit is locked first (see {@link DepositLocks}). */
    private CustomerPayment lockSettling(String number, Long expectedVersion) {
        depositLocks.lockDepositsOf(List.of(number));
        return lockForChange(number, expectedVersion);
    }

    private PaymentDetails settled(CustomerPayment payment) {
        depositLocks.closeSettled(List.of(payment), changes.current());
        return saved(payment);
    }

    /** Applies an unapplied remainder to more invoices. */
    public PaymentDetails allocate(String number, List<AllocationRequest> requests, Long expectedVersion) {
        if (requests == null || requests.isEmpty()) {
            throw new InvalidInputException("allocations", "allocation.atLeastOne");
        }
        CustomerPayment payment = lockForChange(number, expectedVersion);
        InvoiceAllocations.Reservation reservation = invoiceAllocations.reserve(requests);
        reservation.applyTo(payment);
        payment.noteAllocationAdded(reservation.shares(), changes.current());
        return saved(payment);
    }

    /** Writes the change now so the answer carries the new version (the client's next If-Match). */
    private PaymentDetails saved(CustomerPayment payment) {
        em.flush();
        return PaymentDetails.of(payment, giroSettings.watch(), changes.current().today());
    }

    /**
     * Loads the payment with a row lock, so concurrent commands on it run one after the other and
     * each sees the status the previous one left; then checks the client's If-Match version. The
     * version moves with every command, also one that only adds allocation rows.
     */
    private CustomerPayment lockForChange(String number, Long expectedVersion) {
        CustomerPayment payment = em.createQuery("select p from CustomerPayment p where p.number = :number",
                        CustomerPayment.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
                // the answer lists the allocations with their invoice numbers: one query for all
                .setHint("eclipselink.batch", "p.allocations.invoice")
                .getResultStream().findFirst()
                .orElseThrow(() -> NotFoundException.of("payment.notFound", number));
        if (expectedVersion != null && expectedVersion != payment.getVersion()) {
            throw new StaleVersionException("payment.stale", number, payment.getVersion());
        }
        return payment;
    }
}
