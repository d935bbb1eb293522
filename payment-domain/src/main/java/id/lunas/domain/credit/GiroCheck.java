package id.lunas.domain.credit;

import java.time.LocalDate;
import java.util.List;

/**
 * What decides a giro's entry for its customer: the mode, whether a person set it (an override)
 * or the risk did, and the "kosong" rejections behind it, for the refusal to name.
 */
public record GiroCheck(CreditMode mode, boolean overridden, List<LocalDate> rejectedDates) {

    /** No rule applies: a payment that is not a giro, or a customer with nothing against them. */
    public static final GiroCheck ALLOW = new GiroCheck(CreditMode.ALLOW, false, List.of());

    public GiroCheck {
        rejectedDates = List.copyOf(rejectedDates);
    }

    /** The mode the risk calls for, unless a person set one. */
    public static GiroCheck of(GiroRisk risk, CreditMode override) {
        return override != null ? new GiroCheck(override, true, risk.rejectedDates())
                : new GiroCheck(CreditMode.of(risk.level()), false, risk.rejectedDates());
    }
}
