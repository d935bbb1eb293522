package id.lunas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aTextIsTrimmedAndABlankOneIsMissing() {
        assertThat(Texts.optional("name", "  TOKO  ", 10)).isEqualTo("TOKO");
        assertThat(Texts.optional("name", "   ", 10)).isNull();
        assertThatThrownBy(() -> Texts.required("name", " ", 10)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Name is required");
        assertThatThrownBy(() -> Texts.required("name", "TOKO BERKAH", 5)).hasMessage("Name is longer than 5 characters");
    }

    @Test
    void controlCharactersAreRefusedButANoteMayHaveTabsAndLines() {
        assertThatThrownBy(() -> Texts.optional("name", "TOKO\u0000X", 20)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Name contains a control character");
        assertThatThrownBy(() -> Texts.optional("name", "TOKO\nX", 20)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Texts.optionalNote("note", "bad\u001B[31m", 20)).isInstanceOf(InvalidInputException.class);
        assertThat(Texts.optionalNote("note", "line one\n\tline two", 40)).isEqualTo("line one\n\tline two");
    }

    @Test
    void businessDatesOutsideThePlausibleRangeAreRefusedNeverShifted() {
        DateRange range = DateRange.DEFAULT;

        assertThat(range.check("paymentDate", LocalDate.of(2023, 8, 21))).isEqualTo(LocalDate.of(2023, 8, 21));
        assertThat(range.check("paymentDate", null)).isNull();
        assertThatThrownBy(() -> range.check("paymentDate", LocalDate.of(0, 6, 15)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("paymentDate");
                    assertThat(e).hasMessage("Payment date 0000-06-15 is outside the dates Lunas accepts "
                            + "(01 Jan 2000 to 31 Dec 2099)");
                });
        assertThatThrownBy(() -> range.check("giro.issueDate", LocalDate.of(1582, 10, 10)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> range.check("resolvedDate", LocalDate.of(2100, 1, 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void fieldChecksRefuseOnceWithEverythingThatFailed() {
        FieldChecks checks = new FieldChecks();

        assertThat(checks.check(() -> Texts.required("name", "", 10))).isNull();
        assertThat(checks.check(() -> Texts.required("code", "C-1", 10))).isEqualTo("C-1");
        assertThat(checks.check(() -> Amounts.requirePositive("amount", null))).isNull();

        assertThatThrownBy(checks::refuseIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name", "amount"));
    }
}
