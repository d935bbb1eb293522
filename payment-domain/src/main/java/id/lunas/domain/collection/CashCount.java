package id.lunas.domain.collection;

import id.lunas.domain.shared.Amounts;
import java.math.BigDecimal;

/**
 * The cash of a handover: what the collector's Pending cash collections add up to, what the cashier
 * counted, and the difference (negative: a shortage the collector owes; positive: a surplus).
 */
public record CashCount(BigDecimal expected, BigDecimal counted) {

    public CashCount {
        expected = expected.setScale(2);
        counted = counted.setScale(2);
    }

    public static CashCount counted(BigDecimal expected, BigDecimal counted) {
        return new CashCount(expected, Amounts.requireNotNegative("cashCounted", counted));
    }

    public BigDecimal difference() {
        return counted.subtract(expected);
    }

    public boolean isShort() {
        return difference().signum() < 0;
    }

    public boolean isSurplus() {
        return difference().signum() > 0;
    }

    public boolean balances() {
        return difference().signum() == 0;
    }

    /** What the collector owes: the shortage as a positive amount, nothing otherwise. */
    public BigDecimal shortage() {
        return isShort() ? difference().negate() : Amounts.ZERO;
    }
}
