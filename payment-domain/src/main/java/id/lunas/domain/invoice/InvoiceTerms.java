package id.lunas.domain.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the ERP may set on an invoice besides its number and customer. */
public record InvoiceTerms(LocalDate invoiceDate, LocalDate dueDate, BigDecimal amount, boolean cancelled) {
}
