package id.lunas.domain.customerpayment;

import static id.lunas.domain.Fixtures.cashDraft;
import static id.lunas.domain.Fixtures.invoice;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.otherShop;
import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.Fixtures;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.invoice.InvoiceTerms;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AllocatingPaymentsTest {

    private final Customer shop = miniMarket();
    private final CustomerPayment payment = Fixtures.recorded("PR-230800820", cashDraft(shop, "1000.00"), seedDay());

    @Test
    void aPaymentSpreadsOverSeveralInvoicesAndKeepsTheRestUnapplied() {
        payment.allocate(invoice(shop, "INV-1", "600.00"), new BigDecimal("600.00"), new BigDecimal("600"), "allocations[0]");
        payment.allocate(invoice(shop, "INV-2", "900.00"), new BigDecimal("900.00"), new BigDecimal("300"), "allocations[1]");

        assertThat(payment.allocatedAmount()).isEqualByComparingTo("900.00");
        assertThat(payment.unappliedAmount()).isEqualByComparingTo("100.00");
        assertThat(payment.getAllocations()).extracting(a -> a.getInvoice().getNumber()).containsExactly("INV-1", "INV-2");
    }

    @Test
    void anInvoiceOfAnotherCustomerIsRefused() {
        Invoice foreign = invoice(otherShop(), "INV-9", "100.00");

        assertThatThrownBy(() -> payment.allocate(foreign, new BigDecimal("100"), new BigDecimal("100"), "allocations[0]"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e).hasMessage("Invoice INV-9 belongs to customer 2001, not to 1188");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("allocations[0].invoiceNumber");
                });
    }

    @Test
    void aCancelledInvoiceIsRefused() {
        Invoice cancelled = Invoice.issue("INV-C", shop, new InvoiceTerms(LocalDate.of(2023, 7, 1),
                LocalDate.of(2023, 8, 1), new BigDecimal("100"), true), seedDay());

        assertThatThrownBy(() -> payment.allocate(cancelled, new BigDecimal("100"), new BigDecimal("100"), "allocations[0]"))
                .isInstanceOf(RuleViolationException.class).hasMessage("Invoice INV-C is cancelled");
    }

    @Test
    void moreThanTheInvoicesOutstandingIsRefused() {
        Invoice partlyPaid = invoice(shop, "INV-3", "800.00");

        assertThatThrownBy(() -> payment.allocate(partlyPaid, new BigDecimal("250.00"), new BigDecimal("250.01"),
                "allocations[0]"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Allocation 250.01 is more than the outstanding 250.00 of invoice INV-3");
    }

    @Test
    void allocationsAddingUpToMoreThanThePaymentAreRefused() {
        payment.allocate(invoice(shop, "INV-1", "700.00"), new BigDecimal("700"), new BigDecimal("700"), "allocations[0]");

        assertThatThrownBy(() -> payment.allocate(invoice(shop, "INV-2", "700.00"), new BigDecimal("700"),
                new BigDecimal("300.01"), "allocations[1]"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e).hasMessageContaining("more than the payment amount 1,000.00");
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("allocations[1].amount");
                });
        assertThat(payment.allocatedAmount()).isEqualByComparingTo("700.00");
    }

    @Test
    void nothingCanBeAllocatedToACancelledPayment() {
        payment.cancel("Entered twice", seedDay());

        assertThatThrownBy(() -> payment.allocate(invoice(shop, "INV-1", "100"), new BigDecimal("100"),
                new BigDecimal("100"), "allocations[0]"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("is cancelled");
    }
}
