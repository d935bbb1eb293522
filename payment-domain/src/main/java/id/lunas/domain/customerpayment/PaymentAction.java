package id.lunas.domain.customerpayment;

/** What a history event records. */
public enum PaymentAction {
    RECORDED, COLLECTED, CONFIRMED, RESOLVED, CANCELLED, GIRO_REJECTED, ALLOCATED, FLAGGED_OVERDUE, DEPOSITED,
    RETURNED_TO_HAND, NOT_HANDED_OVER, HANDED_OVER_HELD
}
