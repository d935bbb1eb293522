package id.lunas.domain.customerpayment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The bank's refusal of a giro, kept on the cancelled payment as part of the customer's record. */
@Embeddable
public class Rejection {

    @Column(name = "rejected_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 30)
    private RejectionReason reason;

    @Column(name = "rejection_note", length = 1000)
    private String note;

    protected Rejection() {
    }

    Rejection(LocalDate date, RejectionReason reason, String note) {
        this.date = date;
        this.reason = reason;
        this.note = note;
    }

    public LocalDate getDate() {
        return date;
    }

    public RejectionReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }
}
