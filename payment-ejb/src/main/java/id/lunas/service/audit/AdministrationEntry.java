package id.lunas.service.audit;

import java.time.Instant;

/**
 * One line of the administration history: a user's access, a setting, or the books' closing date
 * changed. {@code action} is an {@code AdministrationAction} or, for the books, a {@code BooksAction}.
 */
public record AdministrationEntry(Instant at, String user, Enum<?> action, String subject, String from, String to,
                                  String reason) {
}
