package id.lunas.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who makes a change and when: the authenticated user, the instant for the audit trail and the
 * business date ("today" in the company's time zone) the rules compare dates with.
 */
public record ChangeContext(String user, Instant at, LocalDate today) {

    public ChangeContext {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(today, "today");
    }
}
