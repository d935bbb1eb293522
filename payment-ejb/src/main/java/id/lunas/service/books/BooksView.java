package id.lunas.service.books;

import id.lunas.domain.books.BooksAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The books' closing date and how it moved, newest move first. */
public record BooksView(LocalDate closedThrough, Instant updatedAt, String updatedBy, List<Move> history) {

    public record Move(Instant at, String user, BooksAction action, LocalDate from, LocalDate to, String reason) {
    }
}
