package id.lunas.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How amounts and dates read in each language: 30,878,568.81 in English and Rp30.878.568,81 in
 * Bahasa Indonesia; dates as dd MMM yyyy with the language's month names. Lunas speaks these two;
 * any other language reads as English.
 */
public final class LocaleFormats {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, INDONESIAN);

    private LocaleFormats() {
    }

    /** The supported language closest to this one: Indonesian for {@code id}, English otherwise. */
    public static Locale supported(Locale locale) {
        return indonesian(locale) ? INDONESIAN : Locale.ENGLISH;
    }

    public static boolean indonesian(Locale locale) {
        return locale != null && INDONESIAN.getLanguage().equals(locale.getLanguage());
    }

    public static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        boolean indonesian = indonesian(locale);
        DecimalFormat format = new DecimalFormat(indonesian ? "Rp#,##0.00" : "#,##0.00",
                DecimalFormatSymbols.getInstance(indonesian ? INDONESIAN : Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** An amount as it stands in an input box: grouped the language's way, two decimals, no currency sign. */
    public static String editable(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(supported(locale)));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** Whole numbers (counts, days) grouped as the language groups them: 10,000 or 10.000. */
    public static String count(long count, Locale locale) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(supported(locale))).format(count);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd MMM yyyy", supported(locale)).format(date);
    }

    public static String month(YearMonth month, Locale locale) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MMM yyyy", supported(locale)).format(month);
    }

    public static String moment(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", supported(locale))
                .format(at.atZone(zone));
    }
}
