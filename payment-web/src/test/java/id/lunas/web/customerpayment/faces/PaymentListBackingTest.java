package id.lunas.web.customerpayment.faces;

import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.service.customerpayment.PaymentSort;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class PaymentListBackingTest {

    @Test
    void aClickedColumnSortsTheListInTheDatabaseByThatField() {
        SortMeta amount = SortMeta.builder().field("amount").order(SortOrder.DESCENDING).build();
        SortMeta resolved = SortMeta.builder().field("resolvedDate").order(SortOrder.ASCENDING).build();

        assertThat(PaymentListBacking.sort(Map.of("amount", amount)))
                .isEqualTo(new PaymentSort(PaymentSort.Field.AMOUNT, true));
        assertThat(PaymentListBacking.sort(Map.of("resolvedDate", resolved)))
                .isEqualTo(new PaymentSort(PaymentSort.Field.RESOLVEDDATE, false));
    }

    @Test
    void withoutASortedColumnTheNewestPaymentsComeFirst() {
        SortMeta unsorted = SortMeta.builder().field("number").order(SortOrder.UNSORTED).build();

        assertThat(PaymentListBacking.sort(Map.of())).isEqualTo(PaymentSort.NEWEST_FIRST);
        assertThat(PaymentListBacking.sort(Map.of("number", unsorted))).isEqualTo(PaymentSort.NEWEST_FIRST);
    }
}
