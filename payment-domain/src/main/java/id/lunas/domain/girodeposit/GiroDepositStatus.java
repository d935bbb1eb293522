package id.lunas.domain.girodeposit;

public enum GiroDepositStatus {
    /** Taken (or about to be taken) to the bank; the bank has not answered for every giro yet. */
    OPEN,
    /** Every giro on it is resolved or rejected. */
    CLOSED,
    /** Never taken to the bank; its giros went back to the safe. */
    CANCELLED
}
