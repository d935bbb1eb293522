package id.lunas.domain.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The business dates Lunas accepts. A year-0 or a pre-1583 date is a typing mistake, and the
 * database would even store it as another day (the Julian calendar before 1582), so such dates are
 * refused with a message instead of being changed silently. The operator can widen the range
 * ({@code lunas.dates.earliest}, {@code lunas.dates.latest}).
 */
public record DateRange(LocalDate earliest, LocalDate latest) {

    public static final DateRange DEFAULT = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));

    public DateRange {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("The latest business date " + latest + " is before the earliest "
                    + earliest);
        }
    }

    /** The date when it is one Lunas accepts; null stays null (whether it is required is the caller's rule). */
    public LocalDate check(String field, LocalDate date) {
        if (date != null && (date.isBefore(earliest) || date.isAfter(latest))) {
            throw new InvalidInputException(field, "dateOutOfRange", FieldLabel.of(field), date.toString(),
                    earliest, latest);
        }
        return date;
    }
}
