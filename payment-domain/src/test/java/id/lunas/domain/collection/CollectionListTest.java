package id.lunas.domain.collection;

import static id.lunas.domain.Fixtures.invoice;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.customer.Customer;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionListTest {

    private final Customer shop = miniMarket();
    private final CollectionList list = CollectionList.open("andi", LocalDate.of(2023, 9, 1), seedDay());

    @Test
    void aListKeepsEachInvoiceInTheOrderGivenWithWhatItOwedWhenTheListWasMade() {
        list.add(invoice(shop, "INV-1", "1000.00"), new BigDecimal("400"), "invoices[0]");
        list.add(invoice(shop, "INV-0", "50.00"), new BigDecimal("50"), "invoices[1]");

        assertThat(list.getStatus()).isEqualTo(CollectionListStatus.OPEN);
        assertThat(list.getLines()).first().satisfies(line -> {
            assertThat(line.getInvoice().getNumber()).isEqualTo("INV-1");
            assertThat(line.getOutstanding()).isEqualByComparingTo("400.00").hasScaleOf(2);
        });
        assertThat(list.getLines()).extracting(CollectionListLine::getLineNumber).containsExactly(1, 2);
    }

    @Test
    void aPaidInvoiceOrTheSameInvoiceTwiceIsRefused() {
        list.add(invoice(shop, "INV-1", "1000.00"), new BigDecimal("400"), "invoices[0]");

        assertThatThrownBy(() -> list.add(invoice(shop, "INV-2", "10.00"), BigDecimal.ZERO, "invoices[1]"))
                .isInstanceOf(RuleViolationException.class).hasMessage("Invoice INV-2 is paid in full; there is nothing to collect");
        assertThatThrownBy(() -> list.add(invoice(shop, "INV-1", "1000.00"), BigDecimal.ONE, "invoices[1]"))
                .isInstanceOf(InvalidInputException.class).hasMessage("Invoice INV-1 is on the list twice");
    }

    @Test
    void aCollectionNamingTheListMustBeItsCollectorsAndForItsInvoices() {
        list.numbered("SC-230900001");
        list.add(invoice(shop, "INV-1", "1000.00"), new BigDecimal("400"), "invoices[0]");

        list.requireTakes("andi", List.of("INV-1"));
        assertThatThrownBy(() -> list.requireTakes("budi", List.of("INV-1")))
                .hasMessage("Collection list SC-230900001 belongs to collector andi");
        assertThatThrownBy(() -> list.requireTakes("andi", List.of("INV-9")))
                .hasMessage("Invoice INV-9 is not on collection list SC-230900001");
    }

    @Test
    void aCompletedListTakesNoMoreCollectionsOrInvoices() {
        list.numbered("SC-230900002");
        list.complete(seedDay());

        assertThat(list.getStatus()).isEqualTo(CollectionListStatus.COMPLETED);
        assertThatThrownBy(() -> list.requireTakes("andi", List.of()))
                .hasMessage("Collection list SC-230900002 is Completed; only an open list can change");
        assertThatThrownBy(() -> list.add(invoice(shop, "INV-3", "5.00"), BigDecimal.ONE, "invoices[0]"))
                .isInstanceOf(RuleViolationException.class);
    }
}
