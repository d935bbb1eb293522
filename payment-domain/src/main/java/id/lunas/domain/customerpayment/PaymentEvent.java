package id.lunas.domain.customerpayment;

import id.lunas.domain.shared.ChangeContext;
import jakarta.persistence.Column;
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

/** One line of a payment's history: who did what, when, from which status to which, and why. */
@Entity
@Table(name = "payment_event")
public class PaymentEvent {

    private static final int DETAIL_LENGTH = 1000;

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

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected PaymentEvent() {
    }

    PaymentEvent(CustomerPayment payment, ChangeContext change, PaymentAction action, PaymentStatus fromStatus,
                 PaymentStatus toStatus, String detail) {
        this.payment = payment;
        this.at = change.at();
        this.user = change.user();
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
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

    public String getDetail() {
        return detail;
    }
}
