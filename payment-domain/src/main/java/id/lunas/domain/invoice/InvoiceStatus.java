package id.lunas.domain.invoice;

public enum InvoiceStatus {
    /** Nothing allocated to it. */
    OPEN,
    /** Payments cover part of it. */
    PARTIALLY_PAID,
    /** Payments cover all of it, but some of that money is still clearing (an Active giro) or waiting to be confirmed. */
    CLEARING,
    /** Money that is in covers all of it. */
    PAID,
    CANCELLED
}
