package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Data entry a finance clerk can trust, tried as a clerk would: amounts are read in the user's
 * notation or refused, never rewritten; no keystroke is lost; calendars stay out of the way; the
 * screens fit a laptop and a phone; the list's total is its rows' sum; one box searches.
 */
class DataEntryBrowserIT {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    @AfterEach
    void backToTheUsualWindow() {
        browser.viewport(1400, 900);
    }

    @Test
    void tenMillionInIndonesianNotationIsRefusedInEnglishNeverReadAsTen() {
        String customer = Api.Erp.customer("TOKO NOTASI");
        Api.Erp.invoice(customer, "1600000.00");
        browser.open("/new-payment.xhtml");
        chooseCustomer(customer);
        browser.choose("paymentForm:method", "CASH");

        typeInto("paymentForm:amount", "10.000.000");
        browser.waitForText(By.id("paymentForm:amountMessage"), "is not an amount as English writes it");
        typeInto("paymentForm:invoices:0:amount", "1,6OO,000");
        browser.waitForText(By.id("paymentForm:invoices:0:amountMessage"), "is not an amount as English writes it");

        assertThat(browser.driver().findElement(By.id("paymentForm:amount")).getAttribute("value"))
                .as("what was typed stays as typed").isEqualTo("10.000.000");
        assertThat(browser.driver().findElement(By.id("totalAmount")).getText()).isNotEqualTo("10.00");
        browser.screenshot("new-payment-amount-refused");

        typeInto("paymentForm:amount", "10,000,000");
        browser.waitForText(By.id("paymentForm:amountReading"), "= 10,000,000.00");
        browser.waitForText(By.id("totalAmount"), "10,000,000.00");
        assertThat(browser.driver().findElement(By.id("paymentForm:amountMessage")).getText()).isEmpty();
    }

    @Test
    void aKeystrokeTypedWhileTheCalendarIsOpenIsNotLost() {
        String customer = Api.Erp.customer("TOKO KETIK");
        Api.Erp.invoice(customer, "8400000.00");
        browser.open("/new-payment.xhtml");
        chooseCustomer(customer);
        browser.waitForText(By.id("paymentForm:invoices_data"), "8,400,000.00");
        browser.click(browser.visible(By.cssSelector("#paymentForm\\:giroEffectiveDate .ui-datepicker-trigger")));
        WebElement calendar = browser.visible(By.id("paymentForm:giroEffectiveDate_panel"));
        // PrimeFaces marks the panel ...-enter and ...-enter-active while it opens, ...-enter-done once open
        browser.waiter().until(d -> !calendar.getAttribute("class").matches(".*overlay-enter(-active)?(\\s.*|$)"));

        browser.waiter().until(d -> {
            try {
                WebElement apply = d.findElement(By.id("paymentForm:invoices:0:amount"));
                new Actions(d).moveToElement(apply).click().sendKeys("8400000").sendKeys(Keys.TAB).perform();
                return true;
            } catch (StaleElementReferenceException redrawnBeforeTheClick) {
                return false;
            }
        });

        assertThat(browser.driver().findElement(By.id("paymentForm:invoices:0:amount")).getAttribute("value"))
                .isEqualTo("8400000");
        browser.waitForText(By.id("totalAllocated"), "8,400,000.00");
    }

    @Test
    void aRefusalAndAHistoryEntryReadInBahasaIndonesiaWithIndonesianDates() {
        String user = Api.newUser("FINANCE", "bahasa-password-1");
        String customer = Api.Erp.customer("TOKO BAHASA TOLAK");
        String refused = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "100.00");
        String rejected = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "200.00");
        Api.post("/api/payments/" + rejected + "/reject",
                Api.json("{'rejectedDate':'2023-08-23','reasonCode':'INSUFFICIENT_FUNDS'}"), "Accept-Language", "en");
        try (Browser indonesian = Browser.signedIn(user, "bahasa-password-1")) {
            indonesian.switchToIndonesian();

            indonesian.open("/payments.xhtml?customer=" + customer);
            indonesian.rowAction(indonesian.row("list:payments_data", refused), "Selesaikan");
            indonesian.visible(By.id("resolveForm:resolvedDate_input"));
            indonesian.pickDate("resolvedDate", LocalDate.of(2023, 8, 20));
            indonesian.click(indonesian.driver().findElement(By.id("resolveForm:save")));
            indonesian.waitForText(By.id("resolveForm"),
                    "Tanggal penyelesaian 20 Agu 2023 sebelum tanggal pembayaran 21 Agu 2023");
            indonesian.screenshot("resolve-refused-id");

            indonesian.open("/payment.xhtml?number=" + rejected);
            String history = indonesian.visible(By.id("history")).getText();
            assertThat(history).contains("Ditolak bank: Saldo tidak cukup (kosong)",
                    DateTimeFormatter.ofPattern("dd MMM yyyy", INDONESIAN).format(Api.today()))
                    .doesNotContain("Rejected by the bank", "INSUFFICIENT_FUNDS");
            assertThat(indonesian.visible(By.id("detail")).getText()).contains("23 Agu 2023");
        }
    }

    @Test
    void theCalendarOpensOnlyWhenAskedAndTabAndEscapeLeaveIt() {
        browser.open("/payments.xhtml");
        WebElement from = browser.visible(By.id("filters:from_input"));
        from.click();
        assertThat(browser.driver().findElement(By.id("filters:from_panel")).isDisplayed())
                .as("focus alone opens no calendar").isFalse();

        for (int tabs = 0; tabs < 4 && activeId().startsWith("filters:from"); tabs++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(activeId()).as("Tab moves on from the From field").doesNotStartWith("filters:from");

        browser.click(browser.visible(By.cssSelector("#filters\\:from .ui-datepicker-trigger")));
        WebElement calendar = browser.visible(By.id("filters:from_panel"));
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waiter().until(ExpectedConditions.invisibilityOf(calendar));
    }

    @Test
    void newPaymentFitsALaptopScreenWithoutScrollingSideways() {
        String customer = Api.Erp.customer("TOKO LAYAR LEBAR DENGAN NAMA YANG PANJANG SEKALI");
        Api.Erp.invoice(customer, "30878568.81");
        browser.viewport(1366, 768);
        browser.open("/new-payment.xhtml");
        chooseCustomer(customer);
        browser.waitForText(By.id("paymentForm:invoices_data"), "30,878,568.81");

        assertThat(browser.sidewaysOverflow()).isZero();
        assertThat(browser.visible(By.id("paymentForm:bankAccountCode")).getRect().getX()
                + browser.visible(By.id("paymentForm:bankAccountCode")).getRect().getWidth()).isLessThanOrEqualTo(1366);
        assertThat(browser.visible(By.id("paymentForm:invoices:0:amount")).isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneTheListShowsNumberCustomerAmountAndStatusReadably() {
        String customer = Api.Erp.customer("TOKO PONSEL");
        String number = Api.Payments.cash(customer, "30878568.81");
        browser.viewport(390, 844);
        browser.open("/payments.xhtml?customer=" + customer);

        WebElement row = browser.row("list:payments_data", number);
        assertThat(browser.sidewaysOverflow()).isZero();
        for (String shown : List.of(number, "TOKO PONSEL", "30,878,568.81", "Completed")) {
            WebElement cell = row.findElement(By.xpath(".//td[contains(normalize-space(.), '" + shown + "')]"));
            assertThat(cell.getRect().getWidth()).as("%s has room", shown).isGreaterThanOrEqualTo(200);
            assertThat(cell.isDisplayed()).isTrue();
        }
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", row);
        browser.screenshot("customer-payment-list-phone");
    }

    @Test
    void theListsTotalIsTheSumOfItsRows() {
        String customer = Api.Erp.customer("TOKO JUMLAH");
        for (String amount : List.of("1250000.00", "330000.50", "19.50")) {
            Api.Payments.cash(customer, amount);
        }
        browser.open("/payments.xhtml?customer=" + customer);
        browser.visible(By.id("list:payments_data"));

        BigDecimal rows = browser.driver().findElements(By.cssSelector("#list\\:payments_data td.lunas-amount"))
                .stream().map(cell -> new BigDecimal(cell.getText().replaceAll("[^0-9.]", "")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(rows).isEqualByComparingTo("1580020.00");
        assertThat(browser.driver().findElement(By.id("list:totalAmount")).getText()).isEqualTo("1,580,020.00");
    }

    @Test
    void searchingAGiroNumberFindsItsPayment() {
        String customer = Api.Erp.customer("TOKO CARI GIRO");
        String number = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "4321.00");
        JsonObject payment = Api.get("/api/payments/" + number).object();
        String giroNumber = payment.getJsonObject("giro").getString("number");
        browser.open("/payments.xhtml");

        browser.type("filters:q", giroNumber);
        browser.click(browser.driver().findElement(By.id("filters:apply")));

        browser.waitForText(By.id("list:payments_data"), number);
        assertThat(browser.driver().findElements(By.cssSelector("#list\\:payments_data tr"))).hasSize(1);
    }

    private static String activeId() {
        Object id = ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id || '';");
        return String.valueOf(id);
    }

    private static void chooseCustomer(String code) {
        WebElement input = browser.visible(By.id("paymentForm:customer_input"));
        input.sendKeys(code);
        browser.click(browser.visible(By.cssSelector("#paymentForm\\:customer_panel li[data-item-value='" + code + "']")));
        browser.waitForText(By.id("paymentForm:invoices_data"), "INV");
    }

    private static void typeInto(String id, String text) {
        WebElement field = browser.visible(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }
}
