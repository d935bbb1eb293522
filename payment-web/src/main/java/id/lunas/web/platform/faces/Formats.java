package id.lunas.web.platform.faces;

import id.lunas.domain.shared.LocaleFormats;
import id.lunas.domain.shared.Message;
import id.lunas.domain.shared.MessageCatalog;
import id.lunas.service.platform.BusinessClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Amounts and dates on the screens, in the signed-in user's language ({@code #{fmt.amount(p.amount())}}). */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    Language language;

    @Inject
    BusinessClock clock;

    public String amount(BigDecimal amount) {
        return LocaleFormats.amount(amount, language.getLocale());
    }

    public String date(LocalDate date) {
        return LocaleFormats.date(date, language.getLocale());
    }

    /** For number inputs, which group and separate decimals the way the language writes amounts. */
    public String getDecimalSeparator() {
        return LocaleFormats.indonesian(language.getLocale()) ? "," : ".";
    }

    public String getThousandSeparator() {
        return LocaleFormats.indonesian(language.getLocale()) ? "." : ",";
    }

    /** A status, method, reason or other value as the user's language calls it. */
    public String label(Enum<?> value) {
        return MessageCatalog.label(value, language.getLocale());
    }

    /** Something Lunas said (a history line, a notice), in the user's language. */
    public String message(Message message) {
        return message == null ? "" : message.in(language.getLocale());
    }

    public String moment(Instant at) {
        return LocaleFormats.moment(at, clock.zone(), language.getLocale());
    }
}
