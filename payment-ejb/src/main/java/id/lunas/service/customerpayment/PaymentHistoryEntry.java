package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.customerpayment.PaymentEvent;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.shared.Message;
import java.time.Instant;

/**
 * One event of a payment's history: {@code detail} is what Lunas says about it (a message, to be
 * read in the reader's language) and {@code note} what the user typed with it; either may be null.
 */
public record PaymentHistoryEntry(Instant at, String user, PaymentAction action, PaymentStatus from,
                                  PaymentStatus to, Message detail, String note) {

    static PaymentHistoryEntry of(PaymentEvent event) {
        return new PaymentHistoryEntry(event.getAt(), event.getUser(), event.getAction(), event.getFromStatus(),
                event.getToStatus(), event.getDetail(), event.getNote());
    }
}
