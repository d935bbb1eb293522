package id.lunas.domain.customerpayment;

public enum PaymentStatus {
    /** Submitted by a collector from the field; the back office has not confirmed it. */
    PENDING,
    /** Recorded but the money is still clearing (a giro, or a transfer not yet on the statement). */
    ACTIVE,
    /** The money is in. */
    COMPLETED,
    /** Void; its allocations no longer count against the invoices. Final. */
    CANCELLED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
