package id.lunas.domain.bankstatement;

/** Where a statement line stands between import and the day's clearing. */
public enum LineState {
    /** Nothing in Lunas fits: match it by hand or ignore it. */
    UNMATCHED,
    /** One candidate fits by the rules: confirm it with the others. */
    PROPOSED,
    /** Several candidates fit: a person chooses. */
    AMBIGUOUS,
    /** Confirmed: the payment or deposit was resolved (or rejected) from this line. */
    MATCHED,
    /** Not customer money (a fee, a transfer between own accounts), with the reason. */
    IGNORED
}
