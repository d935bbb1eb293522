package id.lunas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void theSeedGiroReadsInBothLanguages() {
        BigDecimal seed = new BigDecimal("30878568.81");

        assertThat(AmountInWords.of(seed, INDONESIAN)).isEqualTo("tiga puluh juta delapan ratus tujuh puluh delapan "
                + "ribu lima ratus enam puluh delapan rupiah delapan puluh satu sen");
        assertThat(AmountInWords.of(seed, Locale.ENGLISH)).isEqualTo("thirty million eight hundred seventy-eight "
                + "thousand five hundred sixty-eight rupiah and eighty-one sen");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {"0|nol", "1|satu", "10|sepuluh", "11|sebelas", "12|dua belas",
            "19|sembilan belas", "20|dua puluh", "21|dua puluh satu", "100|seratus", "101|seratus satu",
            "111|seratus sebelas", "250|dua ratus lima puluh", "1000|seribu", "1001|seribu satu",
            "1100|seribu seratus", "2000|dua ribu", "11000|sebelas ribu", "100000|seratus ribu",
            "1000000|satu juta", "1001000|satu juta seribu", "2500000000|dua miliar lima ratus juta",
            "999999999999|sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta "
                    + "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"})
    void indonesianNumbersFollowTheirOwnWordsForTenElevenHundredAndThousand(long number, String words) {
        assertThat(AmountInWords.indonesianNumber(number)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {"0|zero", "13|thirteen", "40|forty", "45|forty-five", "100|one hundred",
            "1000|one thousand", "1001|one thousand one", "21000000|twenty-one million",
            "2500000000|two billion five hundred million"})
    void englishNumbersAreHyphenatedBetweenTensAndOnes(long number, String words) {
        assertThat(AmountInWords.englishNumber(number)).isEqualTo(words);
    }

    @Test
    void wholeRupiahHaveNoSenAndAnyOtherLanguageReadsEnglish() {
        assertThat(AmountInWords.of(new BigDecimal("1000.00"), INDONESIAN)).isEqualTo("seribu rupiah");
        assertThat(AmountInWords.of(new BigDecimal("0.50"), Locale.FRENCH)).isEqualTo("zero rupiah and fifty sen");
    }

    @Test
    void aNegativeAmountHasNoWords() {
        assertThatThrownBy(() -> AmountInWords.of(new BigDecimal("-1"), INDONESIAN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
