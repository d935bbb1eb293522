package id.lunas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTextTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @ParameterizedTest(name = "{0} reads as {1} in English")
    @CsvSource(delimiter = '|', value = {
            "10000000|10000000.00", "10,000,000|10000000.00", "10,000,000.5|10000000.50", "30,878,568.81|30878568.81",
            "8400000|8400000.00", " 1,250 |1250.00", "Rp 1,250.75|1250.75", "rp1250|1250.00", "0.5|0.50", "999|999.00"})
    void englishAmountsReadAsTheyAreWritten(String typed, String amount) {
        assertThat(AmountText.parse("amount", typed, Locale.ENGLISH)).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "{0} reads as {1} in Bahasa Indonesia")
    @CsvSource(delimiter = '|', value = {
            "10000000|10000000.00", "10.000.000|10000000.00", "10.000.000,5|10000000.50", "30.878.568,81|30878568.81",
            "Rp30.878.568,81|30878568.81", "1250,75|1250.75", "0,5|0.50"})
    void indonesianAmountsReadAsTheyAreWritten(String typed, String amount) {
        assertThat(AmountText.parse("amount", typed, INDONESIAN)).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "{0} is refused in English")
    @CsvSource(delimiter = '|', value = {"10.000.000", "10.000", "1O.000.000", "1,6OO,000", "10,00", "1,2345",
            "12,34,567", "10.001", "-500", "5e3", "1 000", "10,000.123", ",5", "Rp"})
    void anythingElseIsRefusedInEnglishNeverRewritten(String typed) {
        assertThatThrownBy(() -> AmountText.parse("amount", typed, Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("amount");
                    assertThat(e.getMessage()).contains("is not an amount as English writes it", "10,000,000.50");
                });
    }

    @ParameterizedTest(name = "{0} is refused in Bahasa Indonesia")
    @CsvSource(delimiter = '|', value = {"10,000,000", "10,000", "10.00", "1.2345", "10.000,123", "1O.000"})
    void anythingElseIsRefusedInIndonesian(String typed) {
        assertThatThrownBy(() -> AmountText.parse("amount", typed, INDONESIAN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.message().in(INDONESIAN)).contains("bukan jumlah dalam penulisan Indonesia",
                                "10.000.000,50"));
    }

    @ParameterizedTest(name = "nothing typed is no amount: ''{0}''")
    @CsvSource(delimiter = '|', value = {"''", "'   '"})
    void nothingTypedIsNoAmount(String typed) {
        assertThat(AmountText.parse("amount", typed, Locale.ENGLISH)).isNull();
    }
}
