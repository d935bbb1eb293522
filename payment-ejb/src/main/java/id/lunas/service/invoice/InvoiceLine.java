package id.lunas.service.invoice;

import id.lunas.domain.invoice.InvoiceTerms;
/** One invoice of an ERP import batch. */
public record InvoiceLine(String number, String customerCode, InvoiceTerms terms) {
}
