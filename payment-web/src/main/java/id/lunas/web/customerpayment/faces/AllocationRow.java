package id.lunas.web.customerpayment.faces;

import id.lunas.service.invoice.InvoiceView;
import java.io.Serializable;
import java.math.BigDecimal;

/** One open invoice on the new-payment form with the amount the user applies to it. */
public class AllocationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final InvoiceView invoice;
    private BigDecimal amount;

    AllocationRow(InvoiceView invoice) {
        this.invoice = invoice;
    }

    public InvoiceView getInvoice() {
        return invoice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    boolean isApplied() {
        return amount != null && amount.signum() != 0;
    }
}
