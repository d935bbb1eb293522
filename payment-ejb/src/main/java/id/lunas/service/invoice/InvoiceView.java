package id.lunas.service.invoice;

import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.invoice.InvoiceFigures;
import id.lunas.domain.invoice.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice with what has happened to its amount: cleared by Completed payments, in clearing
 * (Active), pending confirmation, and still outstanding. {@code payments} is filled on the detail
 * view only.
 */
public record InvoiceView(String number, String customerCode, String customerName, LocalDate invoiceDate,
                          LocalDate dueDate, BigDecimal amount, BigDecimal allocated, BigDecimal cleared,
                          BigDecimal inClearing, BigDecimal pending, BigDecimal outstanding, InvoiceStatus status,
                          List<InvoicePaymentView> payments) {

    static InvoiceView of(Invoice invoice, InvoiceFigures figures, List<InvoicePaymentView> payments) {
        return new InvoiceView(invoice.getNumber(), invoice.getCustomer().getCode(), invoice.getCustomer().getName(),
                invoice.getInvoiceDate(), invoice.getDueDate(), invoice.getAmount(), figures.allocated(),
                figures.cleared(), figures.inClearing(), figures.pending(), figures.outstanding(), figures.status(),
                payments);
    }
}
