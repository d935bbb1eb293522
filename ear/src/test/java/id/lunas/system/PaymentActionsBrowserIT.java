package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The row actions of the Customer Payment list in Chromium, each on a payment of its own made over
 * the API: confirm a pending collection, reject a giro, cancel, a refused save, and the detail page.
 */
class PaymentActionsBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    @Test
    void aPendingCashCollectionIsConfirmedFromItsRowAndIsCompletedInPlace() {
        String customer = Api.Erp.customer("TOKO KONFIRMASI");
        String number = Api.Payments.collection(customer, "75000");

        WebElement row = listOf(customer, number);
        assertThat(row.getText()).contains("Pending");
        assertThat(browser.rowActions(row)).containsExactly("View", "Confirm", "Cancel");
        browser.rowAction(row, "Confirm");
        browser.click(browser.visible(By.id("confirmForm:save")));

        browser.waitForText(Browser.rowOf("list:payments_data", number), "Completed");
        assertThat(Api.Payments.status(number)).isEqualTo("COMPLETED");
    }

    @Test
    void aRejectedGiroAsksForConfirmationAndIsRecordedWithItsReason() {
        String customer = Api.Erp.customer("TOKO GIRO TOLAK");
        LocalDate today = Api.today();
        String number = Api.Payments.giro(customer, today.minusDays(10).toString(), today.minusDays(5).toString(),
                "2500000");

        browser.rowAction(listOf(customer, number), "Giro rejected");
        browser.visible(By.id("rejectForm:rejectedDate_input"));
        browser.choose("rejectForm:reasonCode", "INSUFFICIENT_FUNDS");
        browser.driver().findElement(By.id("rejectForm:note")).sendKeys("Saldo kosong <b>lagi</b>");
        browser.click(browser.driver().findElement(By.id("rejectForm:save")));
        browser.click(browser.visible(By.id("confirmYes")));

        browser.waitForText(Browser.rowOf("list:payments_data", number), "Cancelled");
        assertThat(Api.get("/api/payments/" + number).object().getJsonObject("rejection").getString("reasonCode"))
                .isEqualTo("INSUFFICIENT_FUNDS");

        browser.open("/customer.xhtml?code=" + customer);
        assertThat(browser.visible(By.id("rejected")).getText()).isEqualTo("1");
        assertThat(browser.driver().findElement(By.id("kosong")).getText()).isEqualTo("1");
        assertThat(browser.driver().findElement(By.id("rejections_data")).getText())
                .contains(number, "Insufficient funds (kosong)");
        browser.screenshot("customer-giro-record");
    }

    @Test
    void cancellingNeedsAReasonThenVoidsThePayment() {
        String customer = Api.Erp.customer("TOKO BATAL");
        String number = Api.Payments.cash(customer, "120000");

        browser.rowAction(listOf(customer, number), "Cancel");
        browser.click(browser.visible(By.id("cancelForm:save")));
        browser.click(browser.visible(By.id("confirmYes")));
        browser.waitForText(By.id("cancelForm"), "Cancel reason is required");
        assertThat(Api.Payments.status(number)).isEqualTo("COMPLETED");

        browser.driver().findElement(By.id("cancelForm:reason")).sendKeys("Double entry");
        browser.click(browser.driver().findElement(By.id("cancelForm:save")));
        browser.click(browser.visible(By.id("confirmYes")));

        browser.waitForText(Browser.rowOf("list:payments_data", number), "Cancelled");
        assertThat(Api.Payments.status(number)).isEqualTo("CANCELLED");
    }

    @Test
    void aResolveTheRulesRefuseShowsItsMessageNextToTheDateAndChangesNothing() {
        String customer = Api.Erp.customer("TOKO TERLALU CEPAT");
        String number = Api.Payments.giro(customer, "2023-08-21", "2023-08-25", "990000");

        browser.rowAction(listOf(customer, number), "Resolve");
        browser.visible(By.id("resolveForm:resolvedDate_input"));
        browser.pickDate("resolvedDate", LocalDate.of(2023, 8, 23));
        browser.click(browser.driver().findElement(By.id("resolveForm:save")));

        WebElement message = browser.visible(By.cssSelector("[id='resolveForm:resolvedDate'] ~ .ui-message-error, "
                + ".field:has([id='resolveForm:resolvedDate']) .ui-message-error"));
        assertThat(message.getText()).contains("25 Aug 2023");
        assertThat(browser.visible(By.id("resolveDialog")).isDisplayed()).isTrue();
        browser.screenshot("resolve-refused");
        assertThat(Api.Payments.status(number)).isEqualTo("ACTIVE");
    }

    @Test
    void theDetailPageShowsTheGiroAllocationsAndWhoDidWhat() {
        String customer = Api.Erp.customer("TOKO <script>alert(1)</script>");
        String number = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "5000");
        Api.post("/api/payments/" + number + "/resolve", Api.json("{'resolvedDate':'2023-08-24'}"));

        browser.open("/payment.xhtml?number=" + number);

        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Payment " + number);
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("TOKO <script>alert(1)</script>", "5,000.00", "24 Aug 2023", "BCA", "22 Aug 2023");
        assertThat(browser.driver().findElement(By.id("history_data")).getText())
                .contains("Recorded", "admin", "Resolved", "Cleared on 24 Aug 2023");
        browser.screenshot("payment-detail");

        browser.open("/payment.xhtml?number=PR-000000000");
        assertThat(browser.driver().getTitle()).isEqualTo("Lunas - Page not found");
    }

    /** The Customer Payment list filtered to one customer, as a bookmarked URL opens it; the payment's row. */
    private static WebElement listOf(String customer, String number) {
        browser.open("/payments.xhtml?customer=" + customer);
        return browser.row("list:payments_data", number);
    }
}
