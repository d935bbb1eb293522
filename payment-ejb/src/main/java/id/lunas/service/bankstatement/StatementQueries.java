package id.lunas.service.bankstatement;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankstatement.BankStatement;
import id.lunas.domain.bankstatement.BankStatementLine;
import id.lunas.domain.bankstatement.ClearingDays;
import id.lunas.domain.bankstatement.LineState;
import id.lunas.domain.bankstatement.reading.Direction;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.platform.ListTotal;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The read side of bank statements: the list, one statement with its lines, the reconciliation. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
public class StatementQueries {

    /** Standard business days between a giro's effective date and its credit on the statement. */
    public static final int STANDARD_CLEARING_DAYS = 3;

    /** Lines with the numbers of what they settled, for {@link #views}. */
    private static final String LINES = "select l, mp.number, md.number from BankStatementLine l "
            + "left join l.matchedPayment mp left join l.matchedDeposit md ";

    @PersistenceContext
    EntityManager em;

    @Inject
    BankAccountService bankAccounts;

    @Inject
    Statements statements;

    /** Statements newest last date first, of one account or of all. */
    public Page<StatementSummary> list(String bankAccountCode, PageRequest page) {
        BankAccount account = bankAccountCode == null || bankAccountCode.isBlank() ? null
                : bankAccounts.require(bankAccountCode);
        String where = account == null ? "" : " where s.bankAccount = :account";
        var query = em.createQuery("select s from BankStatement s join fetch s.bankAccount" + where
                + " order by s.lastDate desc, s.id desc", BankStatement.class);
        var count = em.createQuery("select count(s) from BankStatement s" + where, Long.class);
        if (account != null) {
            query.setParameter("account", account);
            count.setParameter("account", account);
        }
        List<StatementSummary> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(StatementSummary::of).toList();
        return Page.exact(items, page, count.getSingleResult());
    }

    public StatementDetails get(long id, LineState state, PageRequest page) {
        BankStatement statement = statements.require(id);
        Map<LineState, Long> counts = new EnumMap<>(LineState.class);
        for (LineState each : LineState.values()) {
            counts.put(each, 0L);
        }
        em.createQuery("select l.state, count(l) from BankStatementLine l where l.statement = :statement "
                        + "group by l.state", Object[].class)
                .setParameter("statement", statement).getResultList()
                .forEach(row -> counts.put((LineState) row[0], (Long) row[1]));
        String filter = state == null ? "" : " and l.state = :state";
        var query = em.createQuery(LINES + "where l.statement = :statement" + filter + " order by l.lineNumber",
                        Object[].class)
                .setParameter("statement", statement);
        if (state != null) {
            query.setParameter("state", state);
        }
        List<StatementLineView> lines = views(query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList());
        long total = state == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(state);
        return new StatementDetails(StatementSummary.of(statement), counts, Page.exact(lines, page, total));
    }

    private static List<StatementLineView> views(List<Object[]> rows) {
        return rows.stream().map(row -> StatementLineView.of((BankStatementLine) row[0], (String) row[1],
                (String) row[2])).toList();
    }

    /**
     * The account against its statements. {@code businessDays} (standard {@value #STANDARD_CLEARING_DAYS})
     * is how long a giro may take from its effective date to its credit before it counts as stale.
     */
    public Reconciliation reconciliation(String bankAccountCode, Integer businessDays, PageRequest page) {
        BankAccount account = bankAccounts.require(bankAccountCode);
        int days = businessDays == null ? STANDARD_CLEARING_DAYS : businessDays;
        if (days < 0 || days > 60) {
            throw new InvalidInputException("businessDays", "reconciliation.days", 0L, 60L);
        }
        LocalDate last = em.createQuery("select max(s.lastDate) from BankStatement s where s.bankAccount = :account",
                LocalDate.class).setParameter("account", account).getSingleResult();
        var unmatched = em.createQuery(LINES + "where l.bankAccount = :account "
                        + "and l.state in :open and l.direction = :credit order by l.valueDate, l.id", Object[].class)
                .setParameter("account", account)
                .setParameter("open", List.of(LineState.UNMATCHED, LineState.AMBIGUOUS))
                .setParameter("credit", Direction.CREDIT)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long unmatchedCount = em.createQuery("select count(l) from BankStatementLine l where l.bankAccount = :account "
                        + "and l.state in :open and l.direction = :credit", Long.class)
                .setParameter("account", account)
                .setParameter("open", List.of(LineState.UNMATCHED, LineState.AMBIGUOUS))
                .setParameter("credit", Direction.CREDIT).getSingleResult();
        LocalDate cutoff = last == null ? null : ClearingDays.before(last, days);
        Page<StaleGiro> stale = cutoff == null ? Page.exact(List.of(), page, 0) : staleGiros(account, cutoff, page);
        return new Reconciliation(account.getCode(), last, days, cutoff,
                Page.exact(views(unmatched), page, unmatchedCount), stale);
    }

    private Page<StaleGiro> staleGiros(BankAccount account, LocalDate cutoff, PageRequest page) {
        String where = "from CustomerPayment p join p.customer c left join p.deposit d "
                + "where p.status = :active and p.method = :giro and p.bankAccount = :account "
                + "and p.giro.effectiveDate <= :cutoff and not exists (select l.id from BankStatementLine l "
                + "where l.proposedPaymentId = p.id and l.state = :proposed)";
        List<StaleGiro> items = em.createQuery("select new id.lunas.service.bankstatement.StaleGiro(p.number, c.code, "
                        + "c.name, p.giro.number, p.amount, p.giro.effectiveDate, d.number) " + where
                        + " order by p.giro.effectiveDate, p.id", StaleGiro.class)
                .setParameter("active", PaymentStatus.ACTIVE).setParameter("giro", PaymentMethod.GIRO)
                .setParameter("account", account).setParameter("cutoff", cutoff)
                .setParameter("proposed", LineState.PROPOSED)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        ListTotal total = ListTotal.upTo(ListTotal.EXACT_COUNT_LIMIT, em.createQuery("select p.amount " + where,
                        BigDecimal.class)
                .setParameter("active", PaymentStatus.ACTIVE).setParameter("giro", PaymentMethod.GIRO)
                .setParameter("account", account).setParameter("cutoff", cutoff)
                .setParameter("proposed", LineState.PROPOSED)
                .setMaxResults(ListTotal.EXACT_COUNT_LIMIT + 1).getResultList());
        return new Page<>(items, page.page(), page.size(), total);
    }
}
