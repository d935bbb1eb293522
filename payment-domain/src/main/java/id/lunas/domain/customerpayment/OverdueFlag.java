package id.lunas.domain.customerpayment;

import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.shared.Message;
import java.time.LocalDate;

/**
 * Flagging a giro overdue: which payments it applies to, the action it records and what the history
 * says. {@link CustomerPayment#flagOverdue} applies it to one payment; the daily scan applies the
 * same rule to every payment at once in SQL, built from these pieces (a component test pins that the
 * two agree).
 */
public final class OverdueFlag {

    public static final PaymentAction ACTION = PaymentAction.FLAGGED_OVERDUE;
    public static final PaymentStatus STATUS = PaymentStatus.ACTIVE;
    public static final PaymentMethod METHOD = PaymentMethod.GIRO;

    private OverdueFlag() {
    }

    /** An Active giro, not flagged yet, whose effective date plus the grace period lies before today. */
    public static boolean appliesTo(CustomerPayment payment, GiroWatch watch, LocalDate today) {
        return payment.getStatus() == STATUS && payment.getMethod() == METHOD && !payment.isOverdue()
                && watch.isOverdue(payment.getGiro(), today);
    }

    /** The history's line: "Not cleared within 3 days after its effective date". */
    public static Message detail(GiroWatch watch) {
        return Message.of("event.flaggedOverdue", watch.graceDays());
    }
}
