package id.lunas.domain.shared;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The books closed through a date (month-end): no change may carry a business date on or before
 * it, so the figures handed to accounting stay what they were. The closing date a change is judged
 * by may depend on the change's date: the service layer reads it under a lock for a date that a
 * concurrent closing could reach ({@link #through} is the plain value).
 */
public interface ClosedBooks {

    ClosedBooks NONE = through(null);

    /** The books closed through {@code closedThrough}; null: nothing is closed. */
    static ClosedBooks through(LocalDate closedThrough) {
        return new Through(closedThrough);
    }

    /** The date the books are closed through, as it decides a change dated {@code date}; null: nothing is closed. */
    LocalDate closedThroughFor(LocalDate date);

    default boolean isClosed(LocalDate date) {
        if (date == null) {
            return false;
        }
        LocalDate closedThrough = closedThroughFor(date);
        return closedThrough != null && !date.isAfter(closedThrough);
    }

    /** Why a change dated {@code date} is refused, or nothing while that date is open. */
    default Optional<FieldError> refusal(String field, LocalDate date) {
        return isClosed(date) ? Optional.of(new FieldError(field, "period.closed", date, closedThroughFor(date)))
                : Optional.empty();
    }

    default void requireOpen(String field, LocalDate date) {
        refusal(field, date).ifPresent(refused -> {
            throw new RuleViolationException(refused.field(), refused.message());
        });
    }

    record Through(LocalDate closedThrough) implements ClosedBooks {

        @Override
        public LocalDate closedThroughFor(LocalDate date) {
            return closedThrough;
        }
    }
}
