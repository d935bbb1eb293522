package id.lunas.customerpayment;

import java.time.LocalDate;

/**
 * The Customer Payment list's filters; every one is optional. {@code text} matches the PR number
 * (or its start), {@code overdue} keeps only flagged giros.
 */
public record PaymentFilter(PaymentStatus status, PaymentMethod method, String customerCode, LocalDate from,
                            LocalDate to, String text, Boolean overdue) {

    public static PaymentFilter none() {
        return new PaymentFilter(null, null, null, null, null, null, null);
    }
}
