package id.lunas.domain.customerpayment;

import id.lunas.domain.invoice.Invoice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The part of a payment applied to one invoice. It carries a copy of what reports need of its
 * payment (the payment date, the day the money cleared, whether the payment is void), kept in step
 * by the payment itself, so the A/R aging sums allocations without reading a million payments.
 */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", nullable = false)
    private CustomerPayment payment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "payment_date", nullable = false)
    private LocalDate paymentDate;

    /** The payment's resolved date while it is Completed; empty while its money is still clearing. */
    @Column(name = "cleared_date")
    private LocalDate clearedDate;

    @Column(name = "payment_cancelled", nullable = false)
    private boolean paymentCancelled;

    protected PaymentAllocation() {
    }

    PaymentAllocation(CustomerPayment payment, Invoice invoice, BigDecimal amount) {
        this.payment = payment;
        this.invoice = invoice;
        this.amount = amount;
        followPayment();
    }

    void followPayment() {
        paymentDate = payment.getPaymentDate();
        clearedDate = payment.getStatus() == PaymentStatus.COMPLETED ? payment.getResolvedDate() : null;
        paymentCancelled = payment.getStatus() == PaymentStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public CustomerPayment getPayment() {
        return payment;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public LocalDate getClearedDate() {
        return clearedDate;
    }

    public boolean isPaymentCancelled() {
        return paymentCancelled;
    }
}
