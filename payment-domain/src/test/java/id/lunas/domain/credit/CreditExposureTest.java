package id.lunas.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditExposureTest {

    @Test
    void exposureIsWhatIsOwedPlusGirosNotClearedPlusCollectionsNotConfirmed() {
        CreditExposure exposure = new CreditExposure(new BigDecimal("10000000"), new BigDecimal("4000000.50"),
                new BigDecimal("250000"), new BigDecimal("15000000"));

        assertThat(exposure.total()).isEqualByComparingTo("14250000.50").hasScaleOf(2);
        assertThat(exposure.overLimit()).isFalse();
        assertThat(exposure.headroom()).isEqualByComparingTo("749999.50");
    }

    @Test
    void aCustomerOverTheLimitIsOverByTheCent() {
        CreditExposure atLimit = new CreditExposure(new BigDecimal("100.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("100.00"));
        CreditExposure over = new CreditExposure(new BigDecimal("100.00"), new BigDecimal("0.01"), BigDecimal.ZERO,
                new BigDecimal("100.00"));

        assertThat(atLimit.overLimit()).isFalse();
        assertThat(over.overLimit()).isTrue();
        assertThat(over.headroom()).isEqualByComparingTo("-0.01");
    }

    @Test
    void withoutALimitNobodyIsOverIt() {
        CreditExposure exposure = new CreditExposure(new BigDecimal("999999999"), BigDecimal.ZERO, BigDecimal.ZERO,
                null);

        assertThat(exposure.overLimit()).isFalse();
        assertThat(exposure.headroom()).isNull();
    }
}
