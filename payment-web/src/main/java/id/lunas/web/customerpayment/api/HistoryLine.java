package id.lunas.web.customerpayment.api;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.domain.customerpayment.PaymentStatus;
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
        String said = entry.detail() == null ? null : entry.detail().in(language);
        String detail = said == null ? entry.note() : entry.note() == null ? said : said + " – " + entry.note();
        return new HistoryLine(entry.at(), entry.user(), entry.action(), entry.from(), entry.to(), detail,
                entry.detail() == null ? null : entry.detail().code(), entry.note());
    }
}
