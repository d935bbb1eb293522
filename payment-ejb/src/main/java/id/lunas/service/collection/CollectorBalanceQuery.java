package id.lunas.service.collection;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.setting.Setting;
import id.lunas.domain.setting.SettingName;
import id.lunas.domain.shared.Amounts;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per collector, what is still out in the field, in two grouped queries: Pending collections not
 * handed over (from the index on status, collector and payment date) and unsettled shortages. A
 * collector reads their own balance only.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
public class CollectorBalanceQuery {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    Callers callers;

    /** Every collector with money out, the one waiting longest first. */
    public List<CollectorBalance> balances() {
        return compute(callers.onlyOwnCollections());
    }

    /**
     * How many collectors hold a collection longer than HANDOVER_DAYS allows, for the bell every
     * page shows: without the setting nobody can be late, and nothing is read.
     */
    public long lateCollectors() {
        if (handoverDays().isEmpty()) {
            return 0;
        }
        return balances().stream().filter(CollectorBalance::flagged).count();
    }

    /** One collector's balance, zero when nothing is out. */
    public CollectorBalance of(String collector) {
        String who = callers.onlyOwnCollections().orElse(collector);
        return compute(Optional.of(who)).stream().findFirst()
                .orElse(new CollectorBalance(who, 0, Amounts.ZERO, null, 0, false, 0, Amounts.ZERO));
    }

    /** Days a collection may wait for its handover before it is flagged; empty when no limit is set. */
    public Optional<Integer> handoverDays() {
        Setting setting = em.find(Setting.class, SettingName.HANDOVER_DAYS);
        return setting == null || setting.getValue() == null ? Optional.empty()
                : Optional.of(Integer.valueOf(setting.getValue()));
    }

    private List<CollectorBalance> compute(Optional<String> only) {
        LocalDate today = clock.today();
        Optional<Integer> limit = handoverDays();
        String pendingFilter = only.isPresent() ? " and p.collector = :collector" : "";
        var pendingQuery = em.createQuery("select p.collector, count(p), sum(p.amount), min(p.paymentDate) "
                + "from CustomerPayment p where p.status = :pending and p.collector is not null "
                + "and p.handover is null" + pendingFilter + " group by p.collector", Object[].class)
                .setParameter("pending", PaymentStatus.PENDING);
        String shortageFilter = only.isPresent() ? " and h.collector = :collector" : "";
        var shortageQuery = em.createQuery("select h.collector, count(h), sum(h.cashDifference) from Handover h "
                + "where h.cashDifference < 0 and h.shortageSettledDate is null" + shortageFilter
                + " group by h.collector", Object[].class);
        only.ifPresent(who -> {
            pendingQuery.setParameter("collector", who);
            shortageQuery.setParameter("collector", who);
        });
        Map<String, Object[]> pending = new TreeMap<>();
        pendingQuery.getResultList().forEach(row -> pending.put((String) row[0], row));
        Map<String, Object[]> shortages = new TreeMap<>();
        shortageQuery.getResultList().forEach(row -> shortages.put((String) row[0], row));
        List<String> names = new ArrayList<>(pending.keySet());
        shortages.keySet().stream().filter(name -> !pending.containsKey(name)).forEach(names::add);
        List<CollectorBalance> balances = new ArrayList<>();
        for (String name : names) {
            Object[] out = pending.get(name);
            Object[] owed = shortages.get(name);
            LocalDate oldest = out == null ? null : (LocalDate) out[3];
            long waiting = oldest == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(oldest, today));
            balances.add(new CollectorBalance(name, out == null ? 0 : ((Number) out[1]).intValue(),
                    out == null ? Amounts.ZERO : ((BigDecimal) out[2]).setScale(2), oldest, waiting,
                    oldest != null && limit.map(days -> waiting > days).orElse(false),
                    owed == null ? 0 : ((Number) owed[1]).intValue(),
                    owed == null ? Amounts.ZERO : ((BigDecimal) owed[2]).negate().setScale(2)));
        }
        balances.sort((a, b) -> Long.compare(b.oldestWaitingDays(), a.oldestWaitingDays()));
        return balances;
    }
}
