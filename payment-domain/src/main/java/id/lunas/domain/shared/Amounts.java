package id.lunas.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Rupiah amounts: exact decimals with scale 2, positive, within the largest amount a column holds. */
public final class Amounts {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Amounts() {
    }

    /** Checks a client-supplied amount and returns it with scale 2, or explains what is wrong. */
    public static BigDecimal requirePositive(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidInputException(field, "Amount is required");
        }
        if (amount.signum() <= 0) {
            throw new InvalidInputException(field, "Amount must be more than zero, not " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field,
                    "Amount " + amount.toPlainString() + " has more than two decimals");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidInputException(field, "Amount " + amount.toPlainString() + " is above the maximum "
                    + format(MAX));
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** English grouping as finance people write it in messages: 30,878,568.81. */
    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(amount);
    }
}
