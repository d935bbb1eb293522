package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.shared.InvalidInputException;
import java.time.LocalDate;

/**
 * The Customer Payment list's filters; every one is optional. {@code text} matches the PR number
 * (or its start), {@code overdue} keeps only flagged giros, {@code clearedFrom}/{@code clearedTo} bound
 * the resolved date, {@code createdBy} keeps one user's
 * payments (a collector sees only their own collections).
 */
public record PaymentFilter(PaymentStatus status, PaymentMethod method, String customerCode, LocalDate from,
                            LocalDate to, String text, Boolean overdue, String createdBy, LocalDate clearedFrom,
                            LocalDate clearedTo) {

    /** A period that ends before it starts matches nothing by mistake: it is refused instead. */
    public PaymentFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "period.endBeforeStart", to, from);
        }
        if (clearedFrom != null && clearedTo != null && clearedTo.isBefore(clearedFrom)) {
            throw new InvalidInputException("clearedTo", "period.endBeforeStart", clearedTo, clearedFrom);
        }
    }

    public PaymentFilter(PaymentStatus status, PaymentMethod method, String customerCode, LocalDate from,
                         LocalDate to, String text, Boolean overdue) {
        this(status, method, customerCode, from, to, text, overdue, null, null, null);
    }

    public PaymentFilter createdBy(String user) {
        return new PaymentFilter(status, method, customerCode, from, to, text, overdue, user, clearedFrom, clearedTo);
    }

    /** Only payments whose money cleared (resolved date) in this period; either end may be open. */
    public PaymentFilter clearedBetween(LocalDate first, LocalDate last) {
        return new PaymentFilter(status, method, customerCode, from, to, text, overdue, createdBy, first, last);
    }
}
