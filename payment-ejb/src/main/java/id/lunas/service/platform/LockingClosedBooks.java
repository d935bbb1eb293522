package id.lunas.service.platform;

import id.lunas.domain.shared.ClosedBooks;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The closed books as one change is judged by them. A closing ends with yesterday at the latest,
 * so a date from today on is decided by the cached closing date. A date before today is one that a
 * closing committing at this moment could reach: it is decided by the closing date read from the
 * database under a shared lock, once per change, so a closing (which locks the same row
 * exclusively) waits for this change to commit, and this change waits for a closing under way and
 * then sees its date. Changes that only carry today's date, nearly all of them, take no lock.
 */
final class LockingClosedBooks implements ClosedBooks {

    private final ClosedBooks cached;
    private final LocalDate today;
    private final Supplier<LocalDate> lockedRead;
    private ClosedBooks committed;

    LockingClosedBooks(ClosedBooks cached, LocalDate today, Supplier<LocalDate> lockedRead) {
        this.cached = cached;
        this.today = today;
        this.lockedRead = lockedRead;
    }

    @Override
    public LocalDate closedThroughFor(LocalDate date) {
        if (!date.isBefore(today)) {
            return cached.closedThroughFor(date);
        }
        if (committed == null) {
            committed = ClosedBooks.through(lockedRead.get());
        }
        return committed.closedThroughFor(date);
    }
}
