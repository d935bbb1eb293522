package id.lunas.service.collection;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.collection.Handover;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.HandingOver;
import id.lunas.domain.customerpayment.HandoverLine;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.service.customerpayment.LockedPayments;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a collector should hand over, and the handovers made. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
public class HandoverQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    CollectorAccounts collectors;

    /**
     * The collector's Pending collections not yet handed over and collected by {@code date} (today
     * when null), oldest first; at most as many as one handover takes.
     */
    public ExpectedHandover expected(String collector, LocalDate date) {
        String who = collectors.require("collector", collector);
        LocalDate today = clock.today();
        LocalDate day = date == null ? today : date;
        if (day.isAfter(today)) {
            throw new RuleViolationException("handoverDate", "handover.inFuture", day, today);
        }
        List<CustomerPayment> pending = em.createQuery("select p from CustomerPayment p join fetch p.customer "
                        + "where p.status = :pending and p.collector = :collector and p.handover is null "
                        + "and p.paymentDate <= :day order by p.paymentDate, p.id", CustomerPayment.class)
                .setParameter("pending", PaymentStatus.PENDING)
                .setParameter("collector", who)
                .setParameter("day", day)
                .setMaxResults(LockedPayments.MAX_PAYMENTS)
                .getResultList();
        return new ExpectedHandover(who, day, HandingOver.expectedCash(pending),
                (int) pending.stream().filter(p -> p.getMethod() == PaymentMethod.CASH).count(),
                pending.stream().map(p -> ExpectedCollection.of(p, today)).toList());
    }

    /** The enabled collectors' user names, to choose from. */
    public List<String> collectors() {
        return collectors.names();
    }

    /** Handovers newest first, of one collector and between two days when given. */
    public Page<HandoverSummary> list(String collector, LocalDate from, LocalDate to, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        String who = collector == null || collector.isBlank() ? null : collector.strip();
        if (who != null) {
            conditions.add("h.collector = :collector");
        }
        if (from != null) {
            conditions.add("h.handoverDate >= :from");
        }
        if (to != null) {
            conditions.add("h.handoverDate <= :to");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<HandoverSummary> rows = em.createQuery("select new " + HandoverSummary.class.getName()
                + "(h.number, h.collector, h.handoverDate, h.cashExpected, h.cashCounted, h.cashDifference, "
                + "h.receivedCount, h.receivedAmount, h.missingCount, h.shortageSettledDate, h.createdBy) "
                + "from Handover h" + where + " order by h.handoverDate desc, h.id desc", HandoverSummary.class);
        TypedQuery<Long> count = em.createQuery("select count(h) from Handover h" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            if (who != null) {
                query.setParameter("collector", who);
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(),
                page.size(), ListTotal.exactly(count.getSingleResult()));
    }

    public HandoverDetails get(String number) {
        Handover handover = em.createQuery("select h from Handover h where h.number = :number", Handover.class)
                .setParameter("number", number)
                .getResultStream().findFirst()
                .orElseThrow(() -> notFound(number));
        return HandoverLines.details(handover, em.createQuery("select l from HandoverLine l join fetch l.payment p "
                        + "join fetch p.customer where l.handover = :handover order by l.id", HandoverLine.class)
                .setParameter("handover", handover)
                .getResultList());
    }

    static NotFoundException notFound(String number) {
        return NotFoundException.of("handover.notFound", number);
    }
}
