package id.lunas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleFormatsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void amountsReadWithCommasInEnglishAndAsRupiahWithDotsInIndonesian() {
        BigDecimal amount = new BigDecimal("30878568.81");

        assertThat(LocaleFormats.amount(amount, Locale.ENGLISH)).isEqualTo("30,878,568.81");
        assertThat(LocaleFormats.amount(amount, INDONESIAN)).isEqualTo("Rp30.878.568,81");
    }

    @Test
    void amountsAlwaysShowTwoDecimalsAndNothingForNoAmount() {
        assertThat(LocaleFormats.amount(new BigDecimal("5"), Locale.ENGLISH)).isEqualTo("5.00");
        assertThat(LocaleFormats.amount(new BigDecimal("-1250.5"), INDONESIAN)).isEqualTo("-Rp1.250,50");
        assertThat(LocaleFormats.amount(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void datesReadAsDayMonthYearWithTheLanguagesMonthNames() {
        LocalDate date = LocalDate.of(2023, 8, 22);

        assertThat(LocaleFormats.date(date, Locale.ENGLISH)).isEqualTo("22 Aug 2023");
        assertThat(LocaleFormats.date(date, INDONESIAN)).isEqualTo("22 Agu 2023");
        assertThat(LocaleFormats.date(null, INDONESIAN)).isEmpty();
    }

    @Test
    void momentsAreShownInTheCompanysTimeZone() {
        Instant at = Instant.parse("2023-08-22T03:04:00Z");

        assertThat(LocaleFormats.moment(at, ZoneId.of("Asia/Jakarta"), Locale.ENGLISH)).isEqualTo("22 Aug 2023 10:04");
    }
}
