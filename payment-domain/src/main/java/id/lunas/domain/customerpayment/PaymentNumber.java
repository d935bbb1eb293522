package id.lunas.domain.customerpayment;

import id.lunas.domain.shared.RuleViolationException;
import java.time.YearMonth;

/** Payment numbers as finance knows them: PR-YYMM + a five-digit sequence per month, e.g. PR-230800811. */
public final class PaymentNumber {

    public static final int MAX_SEQUENCE = 99_999;

    private PaymentNumber() {
    }

    /** The key the monthly sequence is kept under, e.g. {@code 2308}. */
    public static String period(YearMonth month) {
        return String.format("%02d%02d", month.getYear() % 100, month.getMonthValue());
    }

    public static String format(YearMonth month, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new RuleViolationException("paymentDate", "payment.numbersExhausted", month, MAX_SEQUENCE);
        }
        return "PR-" + period(month) + String.format("%05d", sequence);
    }
}
