package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** Sales > Customer Payment > New payment: a giro allocated over two invoices, and a refused save. */
class NewPaymentBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    @Test
    void aGiroIsAllocatedOldestFirstOverTwoInvoicesAndSaved() {
        String customer = Api.Erp.customer("TOKO DUA FAKTUR");
        String older = Api.Erp.invoice(customer, "1000.00", LocalDate.of(2023, 7, 1));
        String newer = Api.Erp.invoice(customer, "500.00", LocalDate.of(2023, 7, 20));
        String bank = Api.Erp.bankAccount();
        browser.open("/payments.xhtml");
        browser.click(browser.visible(By.id("filters:newPayment")));

        chooseCustomer(customer);
        browser.waitForText(By.id("paymentForm:invoices_data"), newer);
        browser.choose("paymentForm:bankAccountCode", bank);
        browser.type("paymentForm:giroNumber", Api.unique("BG"));
        browser.type("paymentForm:giroDrawerBank", "BCA");
        browser.pickDate("giroEffectiveDate", Api.today());
        typeAmount("paymentForm:amount", "1200");
        browser.waitForText(By.id("totalAmount"), "1,200.00");

        browser.click(browser.driver().findElement(By.id("paymentForm:oldestFirst")));
        browser.waitForText(By.id("totalAllocated"), "1,200.00");
        assertThat(browser.driver().findElement(By.id("paymentForm:invoices:0:amount")).getAttribute("value"))
                .isEqualTo("1,000.00");
        assertThat(browser.driver().findElement(By.id("paymentForm:invoices:1:amount")).getAttribute("value"))
                .isEqualTo("200.00");
        assertThat(browser.driver().findElement(By.id("totalUnapplied")).getText()).isEqualTo("0.00");
        browser.screenshot("new-payment");
        browser.click(browser.driver().findElement(By.id("paymentForm:save")));

        browser.waitForText(By.tagName("h1"), "Payment PR-");
        String number = browser.driver().findElement(By.tagName("h1")).getText().substring("Payment ".length());
        assertThat(browser.driver().findElement(By.id("allocations_data")).getText()).contains(older, newer);
        var saved = Api.get("/api/payments/" + number).object();
        assertThat(saved.getString("status")).isEqualTo("ACTIVE");
        assertThat(saved.getString("createdBy")).isEqualTo("finance");
        assertThat(saved.getJsonArray("allocations").toString()).contains(older, "1000.00", newer, "200.00");
    }

    @Test
    void applyingMoreThanAnInvoiceOwesIsRefusedNextToThatInvoiceAndNothingIsSaved() {
        String customer = Api.Erp.customer("TOKO KELEBIHAN");
        String invoice = Api.Erp.invoice(customer, "500.00");
        browser.open("/new-payment.xhtml");
        chooseCustomer(customer);
        browser.waitForText(By.id("paymentForm:invoices_data"), invoice);
        browser.choose("paymentForm:method", "CASH");
        typeAmount("paymentForm:amount", "600");
        browser.waitForText(By.id("totalAmount"), "600.00");
        typeAmount("paymentForm:invoices:0:amount", "600");
        browser.waitForText(By.id("totalAllocated"), "600.00");

        browser.click(browser.driver().findElement(By.id("paymentForm:save")));

        assertThat(browser.visible(By.cssSelector("#paymentForm\\:invoices_data .ui-message-error")).getText())
                .containsIgnoringCase("outstanding");
        browser.screenshot("new-payment-refused");
        assertThat(browser.driver().findElement(By.id("paymentForm:amount")).getAttribute("value"))
                .as("the form keeps what was typed").isEqualTo("600.00");
        assertThat(Api.get("/api/payments?customerCode=" + customer).object().getInt("totalItems")).isZero();
    }

    private static void chooseCustomer(String code) {
        WebElement input = browser.visible(By.id("paymentForm:customer_input"));
        input.sendKeys(code);
        browser.click(browser.visible(By.cssSelector("#paymentForm\\:customer_panel li[data-item-value='" + code + "']")));
    }

    /**
     * Types into a number box, looking it up again if an AJAX update replaced it meanwhile or is
     * still drawing it (the table is redrawn after every change of the customer, method or amount).
     */
    private static void typeAmount(String id, String digits) {
        browser.waiter().until(d -> {
            try {
                d.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), digits, Keys.TAB);
                return true;
            } catch (StaleElementReferenceException | ElementNotInteractableException beingRedrawn) {
                return false;
            }
        });
    }
}
