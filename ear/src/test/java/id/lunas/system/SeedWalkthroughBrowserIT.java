package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The product brief's seed walkthrough in a real headless Chromium: sign in, open Sales > Customer
 * Payment from the menu, filter Active + Giro, open the action menu of PR-230800811, Resolve with
 * 22 Aug 2023, Save, and see the row turn Completed without the page reloading.
 */
class SeedWalkthroughBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aFinanceAdminResolvesTheSeedGiroFromTheCustomerPaymentList() {
        browser.open("/");
        browser.submitSignIn("finance", "finance-demo-2026");
        browser.waiter().until(ExpectedConditions.titleIs("Lunas - Dashboard"));
        browser.click(browser.driver().findElement(By.id("menu:customerPayment")));
        browser.waiter().until(ExpectedConditions.titleIs("Lunas - Customer Payment"));

        browser.choose("filters:status", "ACTIVE");
        browser.choose("filters:method", "GIRO");
        // other system tests add Active giros of their own; the number box keeps the seed on the first page
        browser.type("filters:q", "PR-2308008");
        browser.click(browser.driver().findElement(By.id("filters:apply")));
        browser.waiter().until(ExpectedConditions.urlContains("status=ACTIVE"));
        assertThat(browser.driver().getCurrentUrl()).contains("method=GIRO");
        WebElement row = browser.row("list:payments_data", "PR-230800811");
        assertThat(row.getText()).contains("1188 MINI MARKET", "30,878,568.81", "Active", "21 Aug 2023");
        assertThat(browser.rowActions(row)).containsExactly("View", "Resolve", "Giro rejected", "Cancel");
        browser.screenshot("customer-payment-list");

        browser.rowAction(row, "Resolve");
        browser.visible(By.id("resolveForm:resolvedDate_input"));
        assertThat(browser.driver().findElement(By.id("resolveForm")).getText()).contains("PR-230800811");
        assertThat(browser.pickDate("resolvedDate", LocalDate.of(2023, 8, 22))).isEqualTo("22 Aug 2023");
        browser.screenshot("resolve-dialog");
        browser.click(browser.driver().findElement(By.id("resolveForm:save")));

        browser.waitForText(Browser.rowOf("list:payments_data", "PR-230800811"), "Completed");
        WebElement resolved = browser.row("list:payments_data", "PR-230800811");
        assertThat(resolved.getText()).contains("Completed", "22 Aug 2023");
        assertThat(browser.visible(By.cssSelector(".ui-growl-message")).getText())
                .contains("PR-230800811 is Completed, resolved on 22 Aug 2023");
        assertThat(browser.driver().getCurrentUrl()).contains("status=ACTIVE");
        assertThat(Api.get("/api/payments/PR-230800811").object().getString("status")).isEqualTo("COMPLETED");
    }
}
