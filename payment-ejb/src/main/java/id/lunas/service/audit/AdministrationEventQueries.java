package id.lunas.service.audit;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.audit.AdministrationEvent;
import id.lunas.domain.books.BooksClosingEvent;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Who changed users' access, settings and the books' closing date, newest first: two small
 * tables read up to the requested page each and merged, counted exactly.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME})
public class AdministrationEventQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    /** {@code user}, {@code from} and {@code to} (business days) may each be null: no filter. */
    public Page<AdministrationEntry> list(String user, LocalDate from, LocalDate to, PageRequest page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "period.endBeforeStart", to, from);
        }
        String who = user == null || user.isBlank() ? null : user.strip();
        Instant start = from == null ? null : from.atStartOfDay(clock.zone()).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        int reach = page.offset() + page.size();
        List<AdministrationEntry> administration = filtered("AdministrationEvent", AdministrationEvent.class, who,
                start, end, reach).stream()
                .map(e -> new AdministrationEntry(e.getAt(), e.getUser(), e.getAction(), e.getSubject(),
                        e.getFromValue(), e.getToValue(), null))
                .toList();
        List<AdministrationEntry> books = filtered("BooksClosingEvent", BooksClosingEvent.class, who, start, end,
                reach).stream()
                .map(e -> new AdministrationEntry(e.getAt(), e.getUser(), e.getAction(), "BOOKS",
                        Objects.toString(e.getFromDate(), null), Objects.toString(e.getToDate(), null), e.getReason()))
                .toList();
        // The sort is stable: at one instant, access and settings changes come before a books move,
        // and each table keeps its own newest-id-first order.
        List<AdministrationEntry> items = Stream.concat(administration.stream(), books.stream())
                .sorted(Comparator.comparing(AdministrationEntry::at).reversed())
                .skip(page.offset())
                .limit(page.size())
                .toList();
        long total = count("AdministrationEvent", who, start, end) + count("BooksClosingEvent", who, start, end);
        return Page.exact(items, page, total);
    }

    private <T> List<T> filtered(String entity, Class<T> type, String who, Instant start, Instant end, int reach) {
        TypedQuery<T> query = em.createQuery("select e from " + entity + " e" + where(who, start, end)
                + " order by e.at desc, e.id desc", type);
        bind(query, who, start, end);
        return query.setMaxResults(reach).getResultList();
    }

    private long count(String entity, String who, Instant start, Instant end) {
        TypedQuery<Long> query = em.createQuery("select count(e) from " + entity + " e" + where(who, start, end),
                Long.class);
        bind(query, who, start, end);
        return query.getSingleResult();
    }

    private static String where(String who, Instant start, Instant end) {
        return " where 1 = 1" + (who == null ? "" : " and e.user = :user") + (start == null ? "" : " and e.at >= :start")
                + (end == null ? "" : " and e.at < :end");
    }

    private static void bind(TypedQuery<?> query, String who, Instant start, Instant end) {
        if (who != null) {
            query.setParameter("user", who);
        }
        if (start != null) {
            query.setParameter("start", start);
        }
        if (end != null) {
            query.setParameter("end", end);
        }
    }
}
