package id.lunas.service.bankstatement;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankstatement.BankStatementLine;
import id.lunas.domain.bankstatement.MatchCandidate;
import id.lunas.domain.bankstatement.StatementMatcher;
import id.lunas.domain.bankstatement.reading.StatementEntry;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.giro.Giro;
import id.lunas.domain.giro.GiroNumbers;
import id.lunas.domain.girodeposit.GiroDepositStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The matcher for a statement's lines, over what they may be: the Active giros whose numbers the
 * lines name (by the indexed match key), the Active transfers awaiting clearing and open deposits of
 * their amounts, and, for amounts few giros carry, those giros to choose from. Received for the
 * statement's account or for no account. One query per {@value #PER_QUERY} keys or amounts, never
 * one per line.
 */
@ApplicationScoped
public class MatchCandidates {

    static final int PER_QUERY = 1_000;

    @PersistenceContext
    EntityManager em;

    private static final String ACCOUNT = "(p.bankAccount = :account or p.bankAccount is null)";

    public StatementMatcher matcherFor(BankAccount account, List<StatementEntry> entries) {
        Set<String> keys = new HashSet<>();
        Set<BigDecimal> amounts = new HashSet<>();
        for (StatementEntry entry : entries) {
            keys.addAll(GiroNumbers.in(entry.description() + " " + entry.reference()));
            amounts.add(entry.amount());
        }
        Map<String, MatchCandidate> candidates = new LinkedHashMap<>();
        for (List<String> chunk : chunks(keys)) {
            add(giros("p.giro.matchKey in :values", account, chunk), candidates);
        }
        Set<BigDecimal> crowded = new HashSet<>();
        List<BigDecimal> few = new ArrayList<>();
        for (List<BigDecimal> chunk : chunks(amounts)) {
            add(transfers(account, chunk), candidates);
            add(deposits(account, chunk), candidates);
            giroCounts(account, chunk).forEach((amount, count) ->
                    (count > BankStatementLine.LISTED_CANDIDATES ? crowded : few).add(amount));
        }
        for (List<BigDecimal> chunk : chunks(few)) {
            add(giros("p.amount in :values", account, chunk), candidates);
        }
        return new StatementMatcher(new ArrayList<>(candidates.values()), crowded);
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int first = 0; first < all.size(); first += PER_QUERY) {
            chunks.add(all.subList(first, Math.min(all.size(), first + PER_QUERY)));
        }
        return chunks;
    }

    /** A giro found by its number and by its amount is one candidate. */
    private static void add(List<MatchCandidate> found, Map<String, MatchCandidate> into) {
        found.forEach(c -> into.putIfAbsent(c.kind() + ":" + c.id(), c));
    }

    /** How many Active giros carry each of these amounts, from the (status, amount, method, account) index. */
    private Map<BigDecimal, Long> giroCounts(BankAccount account, List<BigDecimal> amounts) {
        Map<BigDecimal, Long> counts = new HashMap<>();
        em.createQuery("select p.amount, count(p) from CustomerPayment p where p.status = :active "
                        + "and p.amount in :values and p.method = :giro and " + ACCOUNT + " group by p.amount",
                        Object[].class)
                .setParameter("active", PaymentStatus.ACTIVE).setParameter("values", amounts)
                .setParameter("giro", PaymentMethod.GIRO).setParameter("account", account)
                .getResultList()
                .forEach(row -> counts.put((BigDecimal) row[0], (Long) row[1]));
        return counts;
    }

    private List<MatchCandidate> giros(String condition, BankAccount account, List<?> values) {
        return payments("p.method = :method and " + condition, PaymentMethod.GIRO, account, values).stream()
                .map(row -> MatchCandidate.giro((Long) row[0], (String) row[1], (BigDecimal) row[2], (String) row[3],
                        (LocalDate) row[4], ((LocalDate) row[5]).plusDays(Giro.PRESENTATION_WINDOW_DAYS),
                        (String) row[6], (String) row[7]))
                .toList();
    }

    private List<MatchCandidate> transfers(BankAccount account, List<BigDecimal> amounts) {
        return payments("p.method <> :method and p.awaitClearing = true and p.amount in :values", PaymentMethod.GIRO,
                account, amounts).stream()
                .map(row -> MatchCandidate.transfer((Long) row[0], (String) row[1], (BigDecimal) row[2],
                        (String) row[6], (String) row[7]))
                .toList();
    }

    private List<Object[]> payments(String condition, PaymentMethod method, BankAccount account, List<?> values) {
        return em.createQuery("select p.id, p.number, p.amount, p.giro.number, "
                        + "p.giro.effectiveDate, p.giro.issueDate, c.code, c.name "
                        + "from CustomerPayment p join p.customer c where p.status = :active and " + condition
                        + " and " + ACCOUNT, Object[].class)
                .setParameter("active", PaymentStatus.ACTIVE)
                .setParameter("method", method)
                .setParameter("values", values)
                .setParameter("account", account)
                .getResultList();
    }

    private List<MatchCandidate> deposits(BankAccount account, List<BigDecimal> amounts) {
        return em.createQuery("select d.id, d.number, d.totalAmount, d.depositDate from GiroDeposit d "
                        + "where d.status = :open and d.bankAccount = :account and d.totalAmount in :values",
                        Object[].class)
                .setParameter("open", GiroDepositStatus.OPEN)
                .setParameter("account", account)
                .setParameter("values", amounts)
                .getResultList().stream()
                .map(row -> MatchCandidate.deposit((Long) row[0], (String) row[1], (BigDecimal) row[2],
                        (LocalDate) row[3]))
                .toList();
    }
}
