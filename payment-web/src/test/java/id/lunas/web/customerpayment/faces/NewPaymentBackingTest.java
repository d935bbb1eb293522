package id.lunas.web.customerpayment.faces;

import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.invoice.InvoiceStatus;
import id.lunas.service.customer.CustomerView;
import id.lunas.service.invoice.InvoiceView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewPaymentBackingTest {

    @Test
    void aRefusedAllocationIsShownNextToTheInvoiceRowItCameFrom() {
        NewPaymentBacking form = formWithInvoices("1000.00", "500.00", "300.00");
        form.getRows().get(1).setAmount(new BigDecimal("100"));
        form.getRows().get(2).setAmount(new BigDecimal("900"));
        form.request();

        assertThat(form.componentIdOf("allocations[1].amount")).isEqualTo("invoices:2:amount");
        assertThat(form.componentIdOf("allocations[0]")).isEqualTo("invoices:1:amount");
        assertThat(form.componentIdOf("customerCode")).isEqualTo("customer");
        assertThat(form.componentIdOf("giro.number")).isEqualTo("giroNumber");
    }

    @Test
    void theRunningTotalsFollowTheAmountsTyped() {
        NewPaymentBacking form = formWithInvoices("1000.00", "500.00");
        form.setAmount(new BigDecimal("1200.00"));
        form.getRows().get(0).setAmount(new BigDecimal("1000.00"));

        assertThat(form.getAllocated()).isEqualByComparingTo("1000.00");
        assertThat(form.getUnapplied()).isEqualByComparingTo("200.00");

        form.allocateOldestFirst();

        assertThat(form.getRows()).extracting(AllocationRow::getAmount)
                .containsExactly(new BigDecimal("1000.00"), new BigDecimal("200.00"));
        assertThat(form.getUnapplied()).isEqualByComparingTo("0.00");
    }

    private static NewPaymentBacking formWithInvoices(String... outstanding) {
        NewPaymentBacking form = new NewPaymentBacking();
        form.setCustomer(new CustomerView("C-1", "TOKO", null, null, true, null, null));
        for (int i = 0; i < outstanding.length; i++) {
            BigDecimal open = new BigDecimal(outstanding[i]);
            form.getRows().add(new AllocationRow(new InvoiceView("INV-" + i, "C-1", "TOKO", LocalDate.of(2023, 7, 1 + i),
                    LocalDate.of(2023, 8, 1), open, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    open, InvoiceStatus.OPEN, List.of())));
        }
        return form;
    }
}
