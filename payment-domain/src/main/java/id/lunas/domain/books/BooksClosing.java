package id.lunas.domain.books;

import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.ClosedBooks;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The company's books, closed through a date at month-end. Closing moves the date forward, never
 * past yesterday; reopening moves it back and needs a reason. Each move is kept as an event.
 */
@Entity
@Table(name = "books_closing")
public class BooksClosing extends Audited {

    /** The one row: a company has one set of books. */
    public static final long THE_BOOKS = 1L;

    @Id
    private Long id;

    @Column(name = "closed_through")
    private LocalDate closedThrough;

    protected BooksClosing() {
    }

    public ClosedBooks books() {
        return ClosedBooks.through(closedThrough);
    }

    /** Closes the books through {@code date}: later than they are closed now, and a day that has ended. */
    public BooksClosingEvent closeThrough(LocalDate date, ChangeContext change) {
        LocalDate through = change.dates().check("closedThrough", Texts.present("closedThrough", date));
        if (!through.isBefore(change.today())) {
            throw new RuleViolationException("closedThrough", "books.closeNotEnded", through, change.today());
        }
        if (closedThrough != null && !through.isAfter(closedThrough)) {
            throw new RuleViolationException("closedThrough", "books.closeNotForward", through, closedThrough);
        }
        return move(BooksAction.CLOSED, through, null, change);
    }

    /** Reopens the books after {@code date} (all of them when null), with the reason the auditor will read. */
    public BooksClosingEvent reopenTo(LocalDate date, String reason, ChangeContext change) {
        String why = Texts.requiredNote("reason", reason, 1000);
        LocalDate through = change.dates().check("closedThrough", date);
        if (closedThrough == null) {
            throw new RuleViolationException(null, "books.notClosed");
        }
        if (through != null && !through.isBefore(closedThrough)) {
            throw new RuleViolationException("closedThrough", "books.reopenNotBack", through, closedThrough);
        }
        return move(BooksAction.REOPENED, through, why, change);
    }

    private BooksClosingEvent move(BooksAction action, LocalDate through, String reason, ChangeContext change) {
        BooksClosingEvent event = new BooksClosingEvent(change, action, closedThrough, through, reason);
        closedThrough = through;
        markUpdated(change);
        return event;
    }

    public LocalDate getClosedThrough() {
        return closedThrough;
    }
}
