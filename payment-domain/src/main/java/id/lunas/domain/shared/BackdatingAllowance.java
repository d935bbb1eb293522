package id.lunas.domain.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How many days before its entry a payment date may lie without a reason. A payment dated
 * further back is a known way to move money between months after the fact, so finance must say
 * why; the reason stays on the payment for the backdating report. {@code days} null: no limit.
 */
public record BackdatingAllowance(Integer days) implements Serializable {

    public static final BackdatingAllowance NONE = new BackdatingAllowance(null);

    /** Days between the payment date and the day it is entered; a payment dated today lags 0. */
    public static int lagDays(LocalDate paymentDate, LocalDate enteredOn) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(paymentDate, enteredOn));
    }

    private boolean needsReason(LocalDate paymentDate, LocalDate enteredOn) {
        return days != null && paymentDate != null && lagDays(paymentDate, enteredOn) > days;
    }

    /** Why a payment dated {@code paymentDate}, entered on {@code enteredOn} without a reason, is refused. */
    public Optional<FieldError> refusal(String field, LocalDate paymentDate, LocalDate enteredOn, String reason) {
        return needsReason(paymentDate, enteredOn) && reason == null
                ? Optional.of(new FieldError(field, "payment.backdateReasonRequired", paymentDate,
                        (long) lagDays(paymentDate, enteredOn), (long) days))
                : Optional.empty();
    }
}
