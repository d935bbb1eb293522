package id.lunas.web.customerpayment.api;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.shared.Message;
import id.lunas.service.customerpayment.PaymentHistoryEntry;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Locale;

/**
 * One line of a payment's history as the API answers it: {@code detail} in the request's language
 * (what Lunas says, then what the user typed), {@code detailCode} for clients that word it themselves,
 * {@code note} as the user typed it.
 */
@JsonbPropertyOrder({"at", "user", "action", "from", "to", "detail", "detailCode", "note"})
public record HistoryLine(Instant at, String user, PaymentAction action, PaymentStatus from, PaymentStatus to,
                          String detail, String detailCode, String note) {

    static HistoryLine of(PaymentHistoryEntry entry, Locale language) {
        return new HistoryLine(entry.at(), entry.user(), entry.action(), entry.from(), entry.to(),
                detail(entry.detail(), entry.note(), language), entry.detail() == null ? null : entry.detail().code(),
                entry.note());
    }

    /** What Lunas says about an event in the reader's language, then what the user typed with it. */
    public static String detail(Message said, String note, Locale language) {
        String words = said == null ? null : said.in(language);
        return words == null ? note : note == null ? words : words + " – " + note;
    }
}
