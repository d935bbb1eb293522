package id.lunas.service.girodeposit;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.girodeposit.GiroDepositStatus;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.customerpayment.LockedPayments;
import id.lunas.service.girodeposit.DepositCandidates.AccountTotal;
import id.lunas.service.girodeposit.DepositCandidates.CandidateGiro;
import id.lunas.service.giro.GiroSettings;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.ListTotal;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The read side of deposits: what is to deposit, and the deposits made. Candidates are read from
 * the index on (status, method, deposit, bank account, issue date, effective date, amount): the
 * totals per account and each page, in that index's order, never touch the table rows of giros
 * that are not shown.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
public class GiroDepositQueries {

    private static final String CANDIDATE = "p.status = :active and p.method = :giro and p.deposit is null "
            + "and p.giro.effectiveDate <= :date and p.giro.issueDate >= :issuedFrom";

    /** Giros counted per account: more than a deposit may take (see {@code LockedPayments}). */
    static final int COUNTED = LockedPayments.MAX_PAYMENTS;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    GiroSettings settings;

    @Inject
    BankAccountService bankAccounts;

    /**
     * Active giros in hand that can go to the bank on {@code date} (today when null): due by then and
     * still inside their window. {@code bankAccountCode} narrows the page of giros, not the totals.
     * Each account's total is counted up to {@value #COUNTED} giros, more than one deposit takes
     * (beyond it the figures are lower bounds and say so): at a quarter of a million Active giros an
     * exact sum would read every one of them on every look at the page.
     */
    public DepositCandidates candidates(String bankAccountCode, LocalDate date, PageRequest page) {
        LocalDate today = clock.today();
        LocalDate day = date == null ? today : date;
        if (day.isAfter(today)) {
            throw new RuleViolationException("date", "deposit.inFuture", day, today);
        }
        BankAccount chosen = bankAccountCode == null || bankAccountCode.isBlank() ? null
                : bankAccounts.require(bankAccountCode);
        GiroWatch watch = settings.watch();
        List<AccountTotal> accounts = new ArrayList<>();
        List<ListTotal> counted = new ArrayList<>();
        for (BankAccount account : em.createQuery("select b from BankAccount b order by b.code", BankAccount.class)
                .getResultList()) {
            ListTotal total = ListTotal.upTo(COUNTED, candidateQuery("select p.amount from CustomerPayment p where "
                    + CANDIDATE + " and p.bankAccount = :account", BigDecimal.class, day, watch)
                    .setParameter("account", account)
                    .setMaxResults(COUNTED + 1)
                    .getResultList());
            if (total.atLeast() > 0) {
                accounts.add(new AccountTotal(account.getCode(), account.getBankName(), account.getAccountNumber(),
                        total.atLeast(), total.amount(), total.exact()));
                if (chosen == null || chosen.getCode().equals(account.getCode())) {
                    counted.add(total);
                }
            }
        }
        // in the candidates index's own order: no sort of what matches, however many giros that is
        TypedQuery<CustomerPayment> rows = candidateQuery("select p from CustomerPayment p join fetch p.customer "
                + "join fetch p.bankAccount where " + CANDIDATE + (chosen == null ? "" : " and p.bankAccount = :account")
                + " order by p.bankAccount.id, p.giro.issueDate, p.giro.effectiveDate, p.amount, p.id",
                CustomerPayment.class, day, watch);
        if (chosen != null) {
            rows.setParameter("account", chosen);
        }
        LocalDate endingCutoff = watch.expiringIfIssuedOnOrBefore(day);
        List<CandidateGiro> giros = rows.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream()
                .map(p -> new CandidateGiro(p.getNumber(), p.getBankAccount().getCode(), p.getCustomer().getCode(),
                        p.getCustomer().getName(), p.getGiro().getNumber(), p.getGiro().getDrawerBank(),
                        p.getGiro().getDrawerName(), p.getGiro().getEffectiveDate(), p.getGiro().lastPresentationDate(),
                        p.getAmount().setScale(2), !p.getGiro().getIssueDate().isAfter(endingCutoff)))
                .toList();
        ListTotal total = new ListTotal(counted.stream().mapToLong(ListTotal::atLeast).sum(),
                counted.stream().allMatch(ListTotal::exact),
                counted.stream().map(ListTotal::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
        return new DepositCandidates(day, accounts, new Page<>(giros, page.page(), page.size(), total));
    }

    private <T> TypedQuery<T> candidateQuery(String jpql, Class<T> type, LocalDate day, GiroWatch watch) {
        return em.createQuery(jpql, type)
                .setParameter("active", PaymentStatus.ACTIVE)
                .setParameter("giro", PaymentMethod.GIRO)
                .setParameter("date", day)
                .setParameter("issuedFrom", watch.expiredIfIssuedBefore(day));
    }

    public GiroDepositDetails get(String number) {
        GiroDeposit deposit = em.createQuery("select d from GiroDeposit d join fetch d.bankAccount "
                        + "where d.number = :number", GiroDeposit.class)
                .setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> NotFoundException.of("deposit.notFound", number));
        List<CustomerPayment> giros = em.createQuery("select p from CustomerPayment p join fetch p.customer "
                        + "where p.deposit = :deposit order by p.id", CustomerPayment.class)
                .setParameter("deposit", deposit)
                .getResultList();
        return GiroDepositDetails.of(deposit, giros);
    }

    /** Deposits with this status (all when null), newest first. */
    public Page<GiroDepositSummary> list(GiroDepositStatus status, PageRequest page) {
        String where = status == null ? "" : " where d.status = :status";
        TypedQuery<GiroDepositSummary> rows = em.createQuery("select new " + GiroDepositSummary.class.getName()
                + "(d.number, b.code, b.bankName, d.depositDate, d.status, d.giroCount, d.totalAmount, d.closedDate, "
                + "d.createdBy) from GiroDeposit d join d.bankAccount b" + where
                + " order by d.depositDate desc, d.id desc", GiroDepositSummary.class);
        TypedQuery<Object[]> totals = em.createQuery("select count(d), sum(d.totalAmount) from GiroDeposit d" + where,
                Object[].class);
        if (status != null) {
            rows.setParameter("status", status);
            totals.setParameter("status", status);
        }
        Object[] figures = totals.getSingleResult();
        BigDecimal amount = figures[1] == null ? BigDecimal.ZERO : (BigDecimal) figures[1];
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(),
                page.size(), new ListTotal(((Number) figures[0]).longValue(), true, amount.setScale(2)));
    }
}
