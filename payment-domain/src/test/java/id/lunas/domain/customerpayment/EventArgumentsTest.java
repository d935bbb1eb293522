package id.lunas.domain.customerpayment;

import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.shared.FieldLabel;
import id.lunas.domain.shared.Share;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventArgumentsTest {

    private final EventArguments converter = new EventArguments();

    @Test
    void everyKindOfArgumentComesBackAsWhatItWas() {
        List<Object> arguments = List.of(LocalDate.of(2023, 8, 22), new BigDecimal("30878568.81"), 3L,
                RejectionReason.INSUFFICIENT_FUNDS, GiroWatch.WindowState.EXPIRING, "INV-2307-0441",
                new Share("INV-1", new BigDecimal("10.00")), FieldLabel.of("resolvedDate"),
                List.of(new Share("INV-1", new BigDecimal("10.00")), new Share("INV=2", new BigDecimal("5.50"))));

        String stored = converter.convertToDatabaseColumn(arguments);

        assertThat(stored).startsWith("d:2023-08-22");
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(arguments);
    }

    @Test
    void noArgumentsAreNoColumnValue() {
        assertThat(converter.convertToDatabaseColumn(List.of())).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }
}
