package id.lunas.domain.invoice;

import static id.lunas.domain.Fixtures.invoice;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.otherShop;
import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.shared.Amounts;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final LocalDate DATE = LocalDate.of(2023, 7, 20);

    @Test
    void theStatusFollowsWhatIsAllocated() {
        BigDecimal amount = new BigDecimal("1000.00");
        assertThat(InvoiceFigures.unpaid(amount, false).status()).isEqualTo(InvoiceStatus.OPEN);
        InvoiceFigures partly = new InvoiceFigures(amount, new BigDecimal("100.00"), new BigDecimal("200.00"),
                new BigDecimal("300.00"), false);
        assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(partly.allocated()).isEqualByComparingTo("600.00");
        assertThat(partly.outstanding()).isEqualByComparingTo("400.00");
        assertThat(new InvoiceFigures(amount, amount, Amounts.ZERO, Amounts.ZERO, false).status())
                .isEqualTo(InvoiceStatus.PAID);
        assertThat(InvoiceFigures.unpaid(amount, true).status()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(new InvoiceFigures(amount, Amounts.ZERO, amount, Amounts.ZERO, false).status())
                .as("covered only by a giro still clearing: not paid yet").isEqualTo(InvoiceStatus.CLEARING);
        assertThat(new InvoiceFigures(amount, new BigDecimal("400.00"), new BigDecimal("600.00"), Amounts.ZERO, false)
                .status()).isEqualTo(InvoiceStatus.CLEARING);
    }

    @Test
    void theAmountCannotDropBelowWhatPaymentsCover() {
        Invoice invoice = invoice(miniMarket(), "INV-1", "1000.00");

        assertThatThrownBy(() -> invoice.revise(miniMarket(), new InvoiceTerms(DATE, DATE, new BigDecimal("499.99"), false),
                new BigDecimal("500.00"), seedDay()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot drop to 499.99");
    }

    @Test
    void anInvoiceWithPaymentsCannotBeCancelledOrMovedToAnotherCustomer() {
        Invoice invoice = invoice(miniMarket(), "INV-1", "1000.00");
        BigDecimal paid = new BigDecimal("1.00");

        assertThatThrownBy(() -> invoice.revise(miniMarket(), new InvoiceTerms(DATE, DATE, new BigDecimal("1000"), true),
                paid, seedDay())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> invoice.revise(otherShop(), new InvoiceTerms(DATE, DATE, new BigDecimal("1000"), false),
                paid, seedDay())).isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot change");
    }

    @Test
    void theDueDateCannotPrecedeTheInvoiceDate() {
        assertThatThrownBy(() -> Invoice.issue("INV-2", miniMarket(), new InvoiceTerms(DATE, DATE.minusDays(1),
                new BigDecimal("10"), false), seedDay()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the invoice date");
    }
}
