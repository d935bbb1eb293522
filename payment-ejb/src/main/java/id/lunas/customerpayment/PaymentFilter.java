package id.lunas.customerpayment;

import java.time.LocalDate;

/**
 * The Customer Payment list's filters; every one is optional. {@code text} matches the PR number
 * (or its start), {@code overdue} keeps only flagged giros, {@code createdBy} keeps one user's
 * payments (a collector sees only their own collections).
 */
public record PaymentFilter(PaymentStatus status, PaymentMethod method, String customerCode, LocalDate from,
                            LocalDate to, String text, Boolean overdue, String createdBy) {

    public PaymentFilter(PaymentStatus status, PaymentMethod method, String customerCode, LocalDate from,
                         LocalDate to, String text, Boolean overdue) {
        this(status, method, customerCode, from, to, text, overdue, null);
    }

    public PaymentFilter createdBy(String user) {
        return new PaymentFilter(status, method, customerCode, from, to, text, overdue, user);
    }
}
