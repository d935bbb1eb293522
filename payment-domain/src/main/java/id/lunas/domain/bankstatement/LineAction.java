package id.lunas.domain.bankstatement;

/** What confirming a statement line does to the payment or deposit it is matched to. */
public enum LineAction {
    /** A credit that is an Active giro's money: the giro is resolved on the line's value date. */
    RESOLVE_GIRO,
    /** A credit that is an Active transfer awaiting clearing: resolved on the value date. */
    RESOLVE_TRANSFER,
    /** A credit equal to an open giro deposit's total: every giro on it clears on the value date. */
    RESOLVE_DEPOSIT,
    /** A return line naming an Active giro: the giro is recorded as rejected on the value date. */
    REJECT_GIRO
}
