package id.lunas.domain.giro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.shared.DateRange;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GiroTest {

    private static final LocalDate ISSUED = LocalDate.of(2023, 8, 21);

    @Test
    void theEffectiveDateMayBeAnyDayOfTheSeventyDayWindow() {
        assertThat(Giro.of("BG-1", "BCA", null, ISSUED, ISSUED, DateRange.DEFAULT).getEffectiveDate()).isEqualTo(ISSUED);
        assertThat(Giro.of("BG-1", "BCA", null, ISSUED, ISSUED.plusDays(70), DateRange.DEFAULT).getEffectiveDate())
                .isEqualTo(LocalDate.of(2023, 10, 30));
    }

    @Test
    void anEffectiveDateAfterTheWindowIsRefused() {
        assertThatThrownBy(() -> Giro.of("BG-1", "BCA", null, ISSUED, ISSUED.plusDays(71), DateRange.DEFAULT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("outside the 70-day window");
    }

    @Test
    void anEffectiveDateBeforeTheIssueDateIsRefused() {
        assertThatThrownBy(() -> Giro.of("BG-1", "BCA", null, ISSUED, ISSUED.minusDays(1), DateRange.DEFAULT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before the issue date");
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> Giro.of(" ", null, null, null, null, DateRange.DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("giro.number", "giro.drawerBank", "giro.issueDate", "giro.effectiveDate"));
    }

    @Test
    void theGiroIsVoidTheDayAfterItsWindowEnds() {
        Giro giro = Giro.of("BG-1", "BCA", null, ISSUED, ISSUED.plusDays(5), DateRange.DEFAULT);
        assertThat(giro.lastPresentationDate()).isEqualTo(LocalDate.of(2023, 10, 30));
        assertThat(giro.isExpiredOn(LocalDate.of(2023, 10, 30))).isFalse();
        assertThat(giro.isExpiredOn(LocalDate.of(2023, 10, 31))).isTrue();
    }

    @Test
    void theSameSheetIsRecognisedWhateverTheSpacingAndCase() {
        assertThat(Giro.of("bg 778812", "bca", null, ISSUED, ISSUED, DateRange.DEFAULT).identity())
                .isEqualTo(Giro.of("BG778812", "B C A", null, ISSUED, ISSUED, DateRange.DEFAULT).identity());
        assertThat(Giro.of("BG-1", "BCA", null, ISSUED, ISSUED, DateRange.DEFAULT).identity())
                .isNotEqualTo(Giro.of("BG-1", "BRI", null, ISSUED, ISSUED, DateRange.DEFAULT).identity());
    }

    @Test
    void theDrawerAccountIsKeptAsItsDigitsSoTypedSeparatorsDoNotMakeANewAccount() {
        Giro typed = Giro.of("BG-1", "BCA", null, " 123-456.789/0 ", ISSUED, ISSUED, DateRange.DEFAULT);

        assertThat(typed.getDrawerAccount()).isEqualTo("1234567890");
        assertThat(Giro.of("BG-1", "BCA", null, ISSUED, ISSUED, DateRange.DEFAULT).getDrawerAccount()).isNull();
    }

    @Test
    void aDrawerAccountThatIsNotAnAccountNumberIsRefusedNextToItsField() {
        assertThatThrownBy(() -> Giro.of("BG-1", "BCA", null, "rekening Budi", ISSUED, ISSUED, DateRange.DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("giro.drawerAccount"));
    }

    @Test
    void onceTheCompanyRequiresItASheetWithoutItsDrawerAccountIsRefused() {
        GiroDetails without = new GiroDetails("BG-1", "BCA", null, ISSUED, ISSUED);

        assertThat(without.requireDrawerAccountIf(false)).isSameAs(without);
        assertThatThrownBy(() -> without.requireDrawerAccountIf(true))
                .isInstanceOf(InvalidInputException.class).hasMessage("Drawer account is required");
        assertThat(new GiroDetails("BG-1", "BCA", null, "0123", ISSUED, ISSUED).requireDrawerAccountIf(true))
                .isNotNull();
    }
}
