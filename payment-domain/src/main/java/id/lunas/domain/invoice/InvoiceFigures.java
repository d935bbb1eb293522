package id.lunas.domain.invoice;

import id.lunas.domain.shared.Amounts;
import java.math.BigDecimal;

/**
 * What has happened to an invoice's amount, split by the status of the payments allocated to it.
 * Cancelled payments do not count: their allocations were released.
 */
public record InvoiceFigures(BigDecimal amount, BigDecimal cleared, BigDecimal inClearing, BigDecimal pending,
                             boolean cancelled) {

    public static InvoiceFigures unpaid(BigDecimal amount, boolean cancelled) {
        return new InvoiceFigures(amount, Amounts.ZERO, Amounts.ZERO, Amounts.ZERO, cancelled);
    }

    public BigDecimal allocated() {
        return cleared.add(inClearing).add(pending);
    }

    public BigDecimal outstanding() {
        return amount.subtract(allocated());
    }

    public InvoiceStatus status() {
        if (cancelled) {
            return InvoiceStatus.CANCELLED;
        }
        if (outstanding().signum() <= 0) {
            return cleared.compareTo(amount) >= 0 ? InvoiceStatus.PAID : InvoiceStatus.CLEARING;
        }
        return allocated().signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
    }
}
