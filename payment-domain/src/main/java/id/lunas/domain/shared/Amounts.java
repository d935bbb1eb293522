package id.lunas.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rupiah amounts: exact decimals with scale 2, positive, within the largest amount a column holds. */
public final class Amounts {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Amounts() {
    }

    /** Checks a client-supplied amount and returns it with scale 2, or explains what is wrong. */
    public static BigDecimal requirePositive(String field, BigDecimal amount) {
        Texts.present(field, amount);
        if (amount.signum() <= 0) {
            throw new InvalidInputException(field, "amount.notPositive", amount.toPlainString());
        }
        return requireMoney(field, amount);
    }

    /** As {@link #requirePositive}, for a figure that may be nothing: money counted, say. */
    public static BigDecimal requireNotNegative(String field, BigDecimal amount) {
        Texts.present(field, amount);
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, "amount.negative", amount.toPlainString());
        }
        return requireMoney(field, amount);
    }

    private static BigDecimal requireMoney(String field, BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "amount.tooManyDecimals", amount.toPlainString());
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidInputException(field, "amount.aboveMaximum", amount.toPlainString(), MAX);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
