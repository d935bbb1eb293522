package id.lunas.service.collection;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.domain.collection.Handover;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.HandingOver;
import id.lunas.domain.customerpayment.HandoverLine;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.DocumentSeries;
import id.lunas.service.credit.GiroChecks;
import id.lunas.service.customerpayment.LockedPayments;
import id.lunas.service.platform.Changes;
import id.lunas.service.platform.DocumentNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;

/**
 * A collector's handover and the settling of its shortage, each in one transaction. The rules are
 * the payments' and the handover's own ({@link HandingOver}); this service takes the locks and saves.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME})
public class HandoverService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    CollectorAccounts collectors;

    @Inject
    LockedPayments lockedPayments;

    @Inject
    DocumentNumbers numbers;

    @Inject
    HandoverQueries queries;

    @Inject
    GiroChecks giroChecks;

    /**
     * Saves the handover. The collections' row locks are taken in id order, so of two cashiers
     * saving handovers of one collector at once the second waits, then finds the collections
     * confirmed and is refused whole: no collection is ever confirmed twice.
     */
    public HandoverDetails handOver(HandoverRequest request) {
        ChangeContext change = changes.current();
        String collector = collectors.require("collector", request.collector());
        Handover handover = Handover.open(collector, request.handoverDate(), change);
        List<CustomerPayment> collections = lockedPayments.lock(request.payments());
        handover.numbered(numbers.next(DocumentSeries.HANDOVER, YearMonth.from(handover.getHandoverDate())));
        List<HandoverLine> lines = HandingOver.handOver(handover, collections, new HashSet<>(request.received()),
                request.cashCounted(), request.differenceReason(), change, giroChecks::now);
        em.persist(handover);
        lines.forEach(em::persist);
        em.flush();
        return HandoverLines.details(handover, lines);
    }

    /** The collector made good the shortage, or it was written off, as the note says. */
    public HandoverDetails settleShortage(String number, String note) {
        Handover handover = em.createQuery("select h from Handover h where h.number = :number", Handover.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> HandoverQueries.notFound(number));
        handover.settleShortage(note, changes.current());
        em.flush();
        return queries.get(number);
    }
}
