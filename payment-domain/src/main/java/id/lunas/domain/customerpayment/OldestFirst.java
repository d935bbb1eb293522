package id.lunas.domain.customerpayment;

import id.lunas.domain.shared.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a finance admin spreads a payment when the customer did not say which invoices it pays: the
 * oldest invoice is settled first, each up to what is still outstanding, until the money runs out;
 * what is left stays unapplied on the payment.
 */
public final class OldestFirst {

    private OldestFirst() {
    }

    /** {@code outstanding} is in age order, oldest first; the answer has one amount per invoice, in that order. */
    public static List<BigDecimal> spread(BigDecimal amount, List<BigDecimal> outstanding) {
        BigDecimal left = amount == null || amount.signum() < 0 ? Amounts.ZERO : amount.setScale(2);
        List<BigDecimal> shares = new ArrayList<>(outstanding.size());
        for (BigDecimal open : outstanding) {
            BigDecimal share = open.signum() <= 0 ? Amounts.ZERO : left.min(open).setScale(2);
            shares.add(share);
            left = left.subtract(share);
        }
        return shares;
    }
}
