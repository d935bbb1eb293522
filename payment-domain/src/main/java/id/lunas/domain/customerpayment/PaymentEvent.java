package id.lunas.domain.customerpayment;

import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.Message;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One line of a payment's history: who did what, when, from which status to which, and why. What
 * Lunas says about it is a message code with its arguments, so the line reads in the language of
 * whoever looks; what the user typed (a note, a reason) is kept as they typed it.
 */
@Entity
@Table(name = "payment_event")
public class PaymentEvent {

    private static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", nullable = false)
    private CustomerPayment payment;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 100)
    private String user;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private PaymentAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private PaymentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16)
    private PaymentStatus toStatus;

    @Column(name = "detail_code", length = 60)
    private String detailCode;

    @Convert(converter = EventArguments.class)
    @Column(name = "detail_args", length = 1000)
    private List<Object> detailArguments;

    @Column(name = "detail", length = NOTE_LENGTH)
    private String note;

    protected PaymentEvent() {
    }

    PaymentEvent(CustomerPayment payment, ChangeContext change, PaymentAction action, PaymentStatus fromStatus,
                 PaymentStatus toStatus, Message detail, String note) {
        this.payment = payment;
        this.at = change.at();
        this.user = change.user();
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detailCode = detail == null ? null : detail.code();
        this.detailArguments = detail == null ? List.of() : detail.arguments();
        this.note = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public CustomerPayment getPayment() {
        return payment;
    }

    public Instant getAt() {
        return at;
    }

    public String getUser() {
        return user;
    }

    public PaymentAction getAction() {
        return action;
    }

    public PaymentStatus getFromStatus() {
        return fromStatus;
    }

    public PaymentStatus getToStatus() {
        return toStatus;
    }

    /** What Lunas says about the event, or null when the user's note says it all. */
    public Message getDetail() {
        return detailCode == null ? null : new Message(detailCode, detailArguments);
    }

    /** What the user typed with it: a note, a cancellation reason; null when nothing. */
    public String getNote() {
        return note;
    }
}
