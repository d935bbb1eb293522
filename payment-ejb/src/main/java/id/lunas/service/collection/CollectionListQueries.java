package id.lunas.service.collection;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.collection.CollectionList;
import id.lunas.domain.collection.CollectionListStatus;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.service.platform.Callers;
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
import java.util.Optional;

/**
 * Collection lists as the back office and the collector's app read them. A collector reads their
 * own lists only: another collector's list is, to them, a list that does not exist.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
public class CollectionListQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    CollectionListFigures figures;

    /** Lists newest first, narrowed by collector, day and status when given. */
    public Page<CollectionListSummary> list(String collector, LocalDate date, CollectionListStatus status,
                                            PageRequest page) {
        Optional<String> own = callers.onlyOwnCollections();
        String who = own.orElse(collector == null || collector.isBlank() ? null : collector.strip());
        List<String> conditions = new ArrayList<>();
        if (who != null) {
            conditions.add("l.collector = :collector");
        }
        if (date != null) {
            conditions.add("l.listDate = :date");
        }
        if (status != null) {
            conditions.add("l.status = :status");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<CollectionListSummary> rows = em.createQuery("select new " + CollectionListSummary.class.getName()
                + "(l.number, l.collector, l.listDate, l.status, (select count(n) from CollectionListLine n "
                + "where n.list = l), l.createdBy) from CollectionList l" + where
                + " order by l.listDate desc, l.id desc", CollectionListSummary.class);
        TypedQuery<Long> count = em.createQuery("select count(l) from CollectionList l" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            if (who != null) {
                query.setParameter("collector", who);
            }
            if (date != null) {
                query.setParameter("date", date);
            }
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page.page(),
                page.size(), ListTotal.exactly(count.getSingleResult()));
    }

    public CollectionListDetails get(String number) {
        CollectionList list = em.createQuery("select l from CollectionList l where l.number = :number",
                        CollectionList.class)
                .setParameter("number", number)
                .getResultStream().findFirst()
                .filter(found -> callers.onlyOwnCollections().map(found.getCollector()::equals).orElse(true))
                .orElseThrow(() -> notFound(number));
        return figures.details(list);
    }

    static NotFoundException notFound(String number) {
        return NotFoundException.of("collectionList.notFound", number);
    }
}
