package id.lunas.web.invoice.api;

import java.math.BigDecimal;

/** The JSON the ERP pushes for an invoice, alone or as a line of a batch. */
public record InvoiceBody(String number, String customerCode, String invoiceDate, String dueDate, BigDecimal amount,
                          Boolean cancelled) {
}
