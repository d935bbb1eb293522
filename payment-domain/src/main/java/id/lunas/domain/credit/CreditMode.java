package id.lunas.domain.credit;

/**
 * How a customer's next giro is taken: as usual, Pending until a second person confirms it, or
 * not at all (cash and transfers are always taken). Set by the giro risk, or by a finance manager
 * who overrides it with a reason.
 */
public enum CreditMode {
    ALLOW, VERIFY, BLOCK;

    /** The mode a risk level calls for: a warning alone changes nothing at entry. */
    public static CreditMode of(RiskLevel level) {
        return switch (level) {
            case BLOCK -> BLOCK;
            case VERIFY -> VERIFY;
            case NONE, WARN -> ALLOW;
        };
    }
}
