package id.lunas.domain.invoice;

public enum InvoiceStatus {
    OPEN, PARTIALLY_PAID, PAID, CANCELLED
}
