package id.lunas.domain.customerpayment;

import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.Message;
import id.lunas.domain.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** All or nothing over many payments: every refused one is named, with its reason, before any changes. */
final class Refusals {

    private Refusals() {
    }

    static void refuseAny(List<CustomerPayment> payments, Function<CustomerPayment, Optional<FieldError>> check) {
        List<FieldError> refused = new ArrayList<>();
        for (int i = 0; i < payments.size(); i++) {
            CustomerPayment payment = payments.get(i);
            int index = i;
            check.apply(payment).ifPresent(refusal -> refused.add(new FieldError("payments[" + index + "]",
                    "refused.payment", payment.getNumber(), refusal.message())));
        }
        if (!refused.isEmpty()) {
            throw new RuleViolationException(Message.of("refused.payments", refused.size(), payments.size()), refused);
        }
    }
}
