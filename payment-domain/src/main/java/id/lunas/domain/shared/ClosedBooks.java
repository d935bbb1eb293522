package id.lunas.domain.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The books closed through a date (month-end): no change may carry a business date on or before
 * it, so the figures handed to accounting stay what they were. {@code closedThrough} null: nothing
 * is closed.
 */
public record ClosedBooks(LocalDate closedThrough) implements Serializable {

    public static final ClosedBooks NONE = new ClosedBooks(null);

    public boolean isClosed(LocalDate date) {
        return closedThrough != null && date != null && !date.isAfter(closedThrough);
    }

    /** Why a change dated {@code date} is refused, or nothing while that date is open. */
    public Optional<FieldError> refusal(String field, LocalDate date) {
        return isClosed(date) ? Optional.of(new FieldError(field, "period.closed", date, closedThrough))
                : Optional.empty();
    }

    public void requireOpen(String field, LocalDate date) {
        refusal(field, date).ifPresent(refused -> {
            throw new RuleViolationException(refused.field(), refused.message());
        });
    }
}
