package id.lunas.web.platform.faces;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How amounts and dates read in each language: 30,878,568.81 in English and Rp30.878.568,81 in
 * Bahasa Indonesia; dates as dd MMM yyyy with the language's month names.
 */
public final class LocaleFormats {

    private LocaleFormats() {
    }

    public static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        boolean indonesian = indonesian(locale);
        DecimalFormat format = new DecimalFormat(indonesian ? "Rp#,##0.00" : "#,##0.00",
                DecimalFormatSymbols.getInstance(indonesian ? Language.INDONESIAN : Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    static boolean indonesian(Locale locale) {
        return Language.INDONESIAN.getLanguage().equals(locale.getLanguage());
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd MMM yyyy", locale).format(date);
    }

    public static String moment(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", locale).format(at.atZone(zone));
    }
}
