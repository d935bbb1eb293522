package id.lunas.domain.books;

import id.lunas.domain.shared.ChangeContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One move of the books' closing date: who, when, from which date to which, and why (a reopening). */
@Entity
@Table(name = "books_closing_event")
public class BooksClosingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 100)
    private String user;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16)
    private BooksAction action;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "reason", length = 1000)
    private String reason;

    protected BooksClosingEvent() {
    }

    BooksClosingEvent(ChangeContext change, BooksAction action, LocalDate fromDate, LocalDate toDate, String reason) {
        this.at = change.at();
        this.user = change.user();
        this.action = action;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.reason = reason;
    }

    public Instant getAt() {
        return at;
    }

    public String getUser() {
        return user;
    }

    public BooksAction getAction() {
        return action;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getReason() {
        return reason;
    }
}
