package id.lunas.domain.shared;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an amount as a person types it in their language, and refuses everything else: a clerk used
 * to Indonesian notation who types {@code 10.000.000} on an English screen must hear that it is not
 * an English amount, never get ten rupiah. English groups with commas and separates decimals with a
 * point (10,000,000.50); Bahasa Indonesia the other way round (10.000.000,50). Grouping is optional
 * but, when used, in groups of three; at most two decimals; an optional "Rp" in front.
 */
public final class AmountText {

    private static final Pattern ENGLISH = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");
    private static final Pattern INDONESIAN = Pattern.compile("(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d{1,2})?");

    private AmountText() {
    }

    /** The amount typed, or null for nothing typed; refused (code {@code amount.notation}) when it is not one. */
    public static BigDecimal parse(String field, String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().replace('\u00A0', ' ');
        if (text.regionMatches(true, 0, "Rp", 0, 2)) {
            text = text.substring(2).strip();
        }
        boolean indonesian = LocaleFormats.indonesian(locale);
        if (!(indonesian ? INDONESIAN : ENGLISH).matcher(text).matches()) {
            throw new InvalidInputException(field, "amount.notation", typed.strip(),
                    LocaleFormats.editable(new BigDecimal("10000000.50"), locale));
        }
        String plain = indonesian ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        return new BigDecimal(plain).setScale(2);
    }
}
