package id.lunas.service.customerpayment;

import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.customerpayment.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionFingerprintTest {

    @Test
    void theSameCollectionHasTheSameFingerprintWhateverTheAmountsScale() {
        assertThat(CollectionService.fingerprint(cash("100", "40")))
                .isEqualTo(CollectionService.fingerprint(cash("100.00", "40.0")));
    }

    @Test
    void anyDifferenceInContentChangesTheFingerprint() {
        assertThat(CollectionService.fingerprint(cash("100", "40")))
                .isNotEqualTo(CollectionService.fingerprint(cash("100.01", "40")))
                .isNotEqualTo(CollectionService.fingerprint(cash("100", "41")));
    }

    @Test
    void anEmptyAllocationLineDoesNotBreakTheFingerprint() {
        PaymentRequest withHole = new PaymentRequest("1188", LocalDate.of(2023, 8, 21), PaymentMethod.CASH, null, null,
                BigDecimal.TEN, null, Collections.singletonList(null), null, false, null);
        assertThat(CollectionService.fingerprint(withHole)).hasSize(64);
    }

    private static PaymentRequest cash(String amount, String allocated) {
        return new PaymentRequest("1188", LocalDate.of(2023, 8, 21), PaymentMethod.CASH, null, "Budi",
                new BigDecimal(amount), null, List.of(new AllocationRequest("INV-1", new BigDecimal(allocated))), null,
                false, null);
    }
}
