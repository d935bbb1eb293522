package id.lunas.service.customerpayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PaymentSortTest {

    @Test
    void theListIsNewestFirstUnlessToldOtherwise() {
        assertThat(PaymentSort.parse(null)).isEqualTo(PaymentSort.NEWEST_FIRST);
        assertThat(PaymentSort.parse("").orderBy()).isEqualTo(" order by p.paymentDate desc, p.id desc");
    }

    @Test
    void aFieldSortsAscendingByDefaultAndAlwaysEndsOnTheIdForStablePages() {
        assertThat(PaymentSort.parse("amount").orderBy()).isEqualTo(" order by p.amount asc, p.id asc");
        assertThat(PaymentSort.parse("customer,DESC").orderBy()).isEqualTo(" order by c.name desc, p.id desc");
    }

    @Test
    void unknownFieldsAndDirectionsAreRefusedWithTheChoices() {
        assertThatThrownBy(() -> PaymentSort.parse("colour"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("paymentdate, number, amount");
        assertThatThrownBy(() -> PaymentSort.parse("amount,sideways"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("asc or desc");
    }

    @Test
    void aSortWithoutAFieldOrWithTooManyPartsIsRefusedNotAnError() {
        assertThatThrownBy(() -> PaymentSort.parse(",")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PaymentSort.parse(",desc")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PaymentSort.parse("amount,desc,asc")).isInstanceOf(InvalidInputException.class);
    }
}
