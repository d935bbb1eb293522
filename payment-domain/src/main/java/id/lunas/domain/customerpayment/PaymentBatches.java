package id.lunas.domain.customerpayment;

import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Texts;
import java.time.LocalDate;
import java.util.List;

/** What the back office does to several ticked payments at once: all of them, or none. */
public final class PaymentBatches {

    private PaymentBatches() {
    }

    /** Bulk resolve: every payment resolved on the one date, or none, with every refused one named. */
    public static void resolveAll(List<CustomerPayment> payments, LocalDate date, ChangeContext change) {
        if (payments.isEmpty()) {
            throw new InvalidInputException("payments", "bulk.nonePicked");
        }
        LocalDate resolved = change.dates().check("resolvedDate", Texts.present("resolvedDate", date));
        Refusals.refuseAny(payments, payment -> payment.resolveRefusal(resolved, change));
        payments.forEach(payment -> payment.resolve(resolved, change));
    }
}
