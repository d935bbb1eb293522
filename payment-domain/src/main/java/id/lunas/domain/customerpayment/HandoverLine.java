package id.lunas.domain.customerpayment;

import id.lunas.domain.collection.Handover;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One collection the cashier expected at a handover, and whether it was handed over: the receipt
 * lists both, so a giro sheet "left in the car" stays on record at the handover that missed it.
 */
@Entity
@Table(name = "collection_handover_line")
public class HandoverLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handover_id", nullable = false)
    private Handover handover;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", nullable = false)
    private CustomerPayment payment;

    @Column(name = "received", nullable = false)
    private boolean received;

    protected HandoverLine() {
    }

    HandoverLine(Handover handover, CustomerPayment payment, boolean received) {
        this.handover = handover;
        this.payment = payment;
        this.received = received;
    }

    public Handover getHandover() {
        return handover;
    }

    public CustomerPayment getPayment() {
        return payment;
    }

    public boolean isReceived() {
        return received;
    }
}
