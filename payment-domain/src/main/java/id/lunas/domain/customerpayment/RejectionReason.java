package id.lunas.domain.customerpayment;

/** Why a bank refused a giro (giro tolak). */
public enum RejectionReason {
    /** "Kosong": repeated ones put the drawer on Bank Indonesia's blacklist. */
    INSUFFICIENT_FUNDS,
    ACCOUNT_CLOSED,
    /** Missing field, or presented before the effective date. */
    FORMAL_DEFECT,
    /** Presented after the 70-day window. */
    EXPIRED,
    /** Blocked by the drawer for loss or theft. */
    STOPPED,
    OTHER
}
