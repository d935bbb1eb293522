package id.lunas.invoice;

public enum InvoiceStatus {
    OPEN, PARTIALLY_PAID, PAID, CANCELLED
}
