package id.lunas.service.books;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_MANAGER_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.books.BooksClosing;
import id.lunas.domain.books.BooksClosingEvent;
import id.lunas.service.platform.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Month-end: closing the books through a date and, with a reason, reopening them. A finance
 * manager or an administrator closes; only an administrator reopens; everyone who reads the
 * figures may see the date and its history.
 */
@Stateless
@RolesAllowed(ADMIN_NAME)
public class BooksService {

    /** The moves shown with the books; the table keeps every one. */
    static final int HISTORY = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
    public BooksView view() {
        BooksClosing books = em.find(BooksClosing.class, BooksClosing.THE_BOOKS);
        return new BooksView(books.getClosedThrough(), books.getUpdatedAt(), books.getUpdatedBy(),
                em.createQuery("select e from BooksClosingEvent e order by e.at desc, e.id desc",
                                BooksClosingEvent.class)
                        .setMaxResults(HISTORY)
                        .getResultStream()
                        .map(e -> new BooksView.Move(e.getAt(), e.getUser(), e.getAction(), e.getFromDate(),
                                e.getToDate(), e.getReason()))
                        .toList());
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_MANAGER_NAME})
    public BooksView close(LocalDate closedThrough) {
        em.persist(locked().closeThrough(closedThrough, changes.current()));
        return saved();
    }

    public BooksView reopen(LocalDate closedThrough, String reason) {
        em.persist(locked().reopenTo(closedThrough, reason, changes.current()));
        return saved();
    }

    /** One writer at a time moves the date; every change that checks it reads the committed one. */
    private BooksClosing locked() {
        return em.find(BooksClosing.class, BooksClosing.THE_BOOKS, LockModeType.PESSIMISTIC_WRITE);
    }

    private BooksView saved() {
        em.flush();
        return view();
    }
}
