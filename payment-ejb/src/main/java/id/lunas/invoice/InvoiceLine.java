package id.lunas.invoice;

/** One invoice of an ERP import batch. */
public record InvoiceLine(String number, String customerCode, InvoiceTerms terms) {
}
