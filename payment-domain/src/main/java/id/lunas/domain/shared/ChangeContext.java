package id.lunas.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who makes a change and when: the authenticated user, the instant for the audit trail, the
 * business date ("today" in the company's time zone) the rules compare dates with, the range of
 * business dates Lunas accepts, the books closed at month-end and how far back a payment may be
 * dated without a reason.
 */
public record ChangeContext(String user, Instant at, LocalDate today, DateRange dates, ClosedBooks books,
                            BackdatingAllowance backdating) {

    public ChangeContext {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(books, "books");
        Objects.requireNonNull(backdating, "backdating");
    }

    public ChangeContext(String user, Instant at, LocalDate today) {
        this(user, at, today, DateRange.DEFAULT, ClosedBooks.NONE, BackdatingAllowance.NONE);
    }
}
