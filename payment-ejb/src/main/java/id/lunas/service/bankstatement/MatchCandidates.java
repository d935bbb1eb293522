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
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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

    public StatementMatcher matcherFor(BankAccount account, List<StatementEntry> entries) {
        Set<String> keys = new HashSet<>();
        Set<BigDecimal> amounts = new HashSet<>();
        for (StatementEntry entry : entries) {
            keys.addAll(GiroNumbers.in(entry.description() + " " + entry.reference()));
            amounts.add(entry.amount());
        }
        Map<String, MatchCandidate> candidates = new LinkedHashMap<>();
        inChunks(keys, chunk -> giros("p.giro.matchKey in :values", account, chunk), candidates);
        inChunks(amounts, chunk -> transfers(account, chunk), candidates);
        inChunks(amounts, chunk -> deposits(account, chunk), candidates);
        Set<BigDecimal> crowded = new HashSet<>();
        List<BigDecimal> few = new ArrayList<>();
        inChunks(amounts, chunk -> {
            em.createQuery("select p.amount, count(p) from CustomerPayment p where p.status = :active "
                            + "and p.amount in :values and p.method = :giro and " + ACCOUNT + " group by p.amount",
                            Object[].class)
                    .setParameter("active", PaymentStatus.ACTIVE).setParameter("values", chunk)
                    .setParameter("giro", PaymentMethod.GIRO).setParameter("account", account)
                    .getResultList()
                    .forEach(row -> (((Long) row[1]) > BankStatementLine.LISTED_CANDIDATES ? crowded : few)
                            .add((BigDecimal) row[0]));
            return List.of();
        }, candidates);
        inChunks(few, chunk -> giros("p.amount in :values", account, chunk), candidates);
        return new StatementMatcher(new ArrayList<>(candidates.values()), crowded);
    }

    private static final String ACCOUNT = "(p.bankAccount = :account or p.bankAccount is null)";

    private <T> void inChunks(Collection<T> values, Function<List<T>, List<MatchCandidate>> query,
                              Map<String, MatchCandidate> into) {
        List<T> all = new ArrayList<>(values);
        for (int first = 0; first < all.size(); first += PER_QUERY) {
            query.apply(all.subList(first, Math.min(all.size(), first + PER_QUERY)))
                    .forEach(c -> into.putIfAbsent(c.kind() + ":" + c.id(), c));
        }
    }

    private List<MatchCandidate> giros(String condition, BankAccount account, List<?> values) {
        return payments("p.method = :method and " + condition, PaymentMethod.GIRO, account, values).stream()
                .map(row -> MatchCandidate.giro((Long) row[0], (String) row[1], (BigDecimal) row[2], (String) row[3],
                        (LocalDate) row[4], ((LocalDate) row[5]).plusDays(Giro.PRESENTATION_WINDOW_DAYS),
                        (String) row[7], (String) row[8]))
                .toList();
    }

    private List<MatchCandidate> transfers(BankAccount account, List<BigDecimal> amounts) {
        return payments("p.method <> :method and p.awaitClearing = true and p.amount in :values", PaymentMethod.GIRO,
                account, amounts).stream()
                .map(row -> MatchCandidate.transfer((Long) row[0], (String) row[1], (BigDecimal) row[2],
                        (LocalDate) row[6], (String) row[7], (String) row[8]))
                .toList();
    }

    private List<Object[]> payments(String condition, PaymentMethod method, BankAccount account, List<?> values) {
        TypedQuery<Object[]> query = em.createQuery("select p.id, p.number, p.amount, p.giro.number, "
                        + "p.giro.effectiveDate, p.giro.issueDate, p.paymentDate, c.code, c.name "
                        + "from CustomerPayment p join p.customer c where p.status = :active and " + condition
                        + " and " + ACCOUNT, Object[].class)
                .setParameter("active", PaymentStatus.ACTIVE)
                .setParameter("method", method)
                .setParameter("values", values)
                .setParameter("account", account);
        return query.getResultList();
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
