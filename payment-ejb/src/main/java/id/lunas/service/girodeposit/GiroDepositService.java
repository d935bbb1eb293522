package id.lunas.service.girodeposit;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.GiroDepositing;
import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.DocumentSeries;
import id.lunas.domain.shared.Texts;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.customerpayment.DepositLocks;
import id.lunas.service.customerpayment.LockedPayments;
import id.lunas.service.platform.Changes;
import id.lunas.service.platform.DocumentNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Taking giros to the bank and recording its answer, each step in one transaction. The rules are
 * the payments' and the deposit's own ({@link GiroDepositing}); this service takes the locks in the
 * order {@link DepositLocks} sets and saves.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME})
public class GiroDepositService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    BankAccountService bankAccounts;

    @Inject
    LockedPayments lockedPayments;

    @Inject
    DepositLocks locks;

    @Inject
    DocumentNumbers numbers;

    /**
     * A new deposit of the chosen giros. Their row locks are taken in id order, so of two deposits
     * reaching for the same giro the second waits and then finds it taken: a giro is never on two.
     */
    public GiroDepositDetails create(DepositRequest request) {
        ChangeContext change = changes.current();
        BankAccount account = bankAccounts.require(Texts.required("bankAccountCode", request.bankAccountCode(), 50));
        GiroDeposit deposit = GiroDeposit.open(account, request.depositDate(), change);
        List<CustomerPayment> giros = lockedPayments.lock(request.payments());
        deposit.numbered(numbers.next(DocumentSeries.GIRO_DEPOSIT, YearMonth.from(deposit.getDepositDate())));
        em.persist(deposit);
        GiroDepositing.deposit(deposit, giros, change);
        em.flush();
        return GiroDepositDetails.of(deposit, giros);
    }

    /** The bank credited the deposit on {@code creditDate}: every giro still Active on it clears that day. */
    public GiroDepositDetails resolve(String number, LocalDate creditDate) {
        GiroDeposit deposit = locks.lockDeposit(number);
        List<CustomerPayment> giros = locks.lockGirosOn(deposit);
        GiroDepositing.resolve(deposit, giros, creditDate, changes.current());
        em.flush();
        return GiroDepositDetails.of(deposit, giros);
    }

    /** Never taken to the bank: the giros go back in hand. */
    public GiroDepositDetails cancel(String number) {
        GiroDeposit deposit = locks.lockDeposit(number);
        List<CustomerPayment> giros = locks.lockGirosOn(deposit);
        GiroDepositing.cancel(deposit, giros, changes.current());
        em.flush();
        return GiroDepositDetails.of(deposit, giros);
    }
}
