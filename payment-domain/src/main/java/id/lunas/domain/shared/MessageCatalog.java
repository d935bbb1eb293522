package id.lunas.domain.shared;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Everything Lunas says, in English and Bahasa Indonesia ({@code id/lunas/domain/messages*.properties}):
 * refusals, history entries and the names of statuses, methods and reasons. Arguments are
 * formatted for the language first (dates as 22 Aug 2023 or 22 Agu 2023, amounts as 30,878,568.81
 * or Rp30.878.568,81, enum values by their label), then put into the pattern.
 */
public final class MessageCatalog {

    static final String BUNDLE = "id.lunas.domain.messages";

    private MessageCatalog() {
    }

    public static String render(Message message, Locale locale) {
        return render(message.code(), message.arguments(), locale);
    }

    public static String render(String code, List<?> arguments, Locale locale) {
        Locale language = LocaleFormats.supported(locale);
        String pattern = text(code, language);
        if (pattern == null) {
            // a missing text must not hide the refusal itself; the catalog test keeps this from happening
            return code + (arguments.isEmpty() ? "" : " " + arguments);
        }
        if (arguments.isEmpty()) {
            return pattern.replace("''", "'");
        }
        Object[] formatted = arguments.stream().map(argument -> argument(argument, language)).toArray();
        return new MessageFormat(pattern, language).format(formatted);
    }

    /** A status, method, reason or other value as people call it, e.g. "Active" or "Aktif". */
    public static String label(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        String text = text(labelKey(value), LocaleFormats.supported(locale));
        return text == null ? value.name() : text;
    }

    public static String labelKey(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    static String argument(Object argument, Locale locale) {
        if (argument == null) {
            return "";
        }
        if (argument instanceof LocalDate date) {
            return LocaleFormats.date(date, locale);
        }
        if (argument instanceof YearMonth month) {
            return LocaleFormats.month(month, locale);
        }
        if (argument instanceof BigDecimal amount) {
            return LocaleFormats.amount(amount, locale);
        }
        if (argument instanceof Integer || argument instanceof Long) {
            return LocaleFormats.count(((Number) argument).longValue(), locale);
        }
        if (argument instanceof Enum<?> value) {
            return label(value, locale);
        }
        if (argument instanceof FieldLabel field) {
            String text = text(field.key(), locale);
            return text == null ? field.field() : text;
        }
        if (argument instanceof Share share) {
            return share.label() + " " + LocaleFormats.amount(share.amount(), locale);
        }
        if (argument instanceof Message message) {
            return render(message, locale);
        }
        if (argument instanceof Collection<?> items) {
            return items.stream().map(item -> argument(item, locale)).collect(Collectors.joining(", "));
        }
        return argument.toString();
    }

    private static String text(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }
}
