package id.lunas.web.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void wellFormedValuesAreRead() {
        Fields fields = new Fields();

        assertThat(fields.date("paymentDate", "2023-08-21")).isEqualTo(LocalDate.of(2023, 8, 21));
        assertThat(fields.choice("method", PaymentMethod.class, "giro")).isEqualTo(PaymentMethod.GIRO);
        assertThat(fields.integer("page", " 2 ")).isEqualTo(2);
        assertThat(fields.bool("overdue", "TRUE")).isTrue();
        assertThat(fields.date("from", "")).isNull();
        fields.check();
    }

    @Test
    void everyBadFieldIsReportedAtOnceWithItsName() {
        Fields fields = new Fields();
        fields.date("paymentDate", "21/08/2023");
        fields.choice("method", PaymentMethod.class, "CHEQUE");
        fields.integer("size", "fifty");
        fields.bool("overdue", "maybe");

        assertThatThrownBy(fields::check).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).extracting(FieldError::field)
                    .containsExactly("paymentDate", "method", "size", "overdue");
            assertThat(e.errors().get(1).message().in(Locale.ENGLISH))
                    .isEqualTo("'CHEQUE' is not one of CASH, BANK_TRANSFER, GIRO");
            assertThat(e.errors().get(1).message().in(Locale.forLanguageTag("id")))
                    .isEqualTo("'CHEQUE' bukan salah satu dari CASH, BANK_TRANSFER, GIRO");
        });
    }
}
