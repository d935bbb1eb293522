package id.lunas.system;

import static id.lunas.system.Api.json;
import static id.lunas.system.Api.put;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Month-end in the back office: a finance manager sets the backdating allowance on the books page,
 * the backdating report shows a payment dated back with its reason, and the administration
 * history shows who changed the setting.
 */
class BackdatingBrowserIT {

    private static final String PASSWORD = "manager-secret-2026";

    @RegisterExtension
    final Browser browser = new Browser();

    @AfterEach
    void allowAnyDateAgain() {
        put("/api/settings/BACKDATING_DAYS", json("{'value':''}"));
    }

    @Test
    void aFinanceManagerSetsTheAllowanceAndFindsTheBackdatedPaymentAndTheChangeInTheHistory() {
        String manager = Api.newUser("FINANCE_MANAGER", PASSWORD);
        String customer = Api.Erp.customer("TOKO MUNDUR LAYAR");
        browser.signIn(manager, PASSWORD);
        browser.open("/books.xhtml");
        assertThat(browser.driver().findElements(By.id("reopen:reopenBooks")))
                .as("only an administrator reopens").isEmpty();

        browser.type("backdatingSetting:backdatingDays", "5");
        browser.click(browser.driver().findElement(By.id("backdatingSetting:saveBackdating")));
        browser.waitForText(By.cssSelector(".ui-growl"), "backdating allowance is saved");
        assertThat(Api.get("/api/settings").array().getJsonObject(0).getString("value")).isEqualTo("5");

        String number = Api.as(manager, PASSWORD).post("/api/payments", json("{'customerCode':'" + customer
                + "','paymentDate':'" + Api.today().minusDays(9) + "','method':'CASH','amount':25,"
                + "'backdateReason':'nota dari gudang terlambat'}")).object().getString("number");
        browser.open("/backdating.xhtml");
        browser.type("filters:enteredBy", manager);
        browser.click(browser.driver().findElement(By.id("filters:apply")));
        browser.waitForText(By.id("payments:list"), number);
        browser.waitForText(By.id("payments:list"), "nota dari gudang terlambat");
        browser.screenshot("backdating-report");

        browser.open("/administration-history.xhtml");
        browser.type("filters:user", manager);
        browser.click(browser.driver().findElement(By.id("filters:apply")));
        browser.waitForText(By.id("events:list"), "Setting changed");
        browser.waitForText(By.id("events:list"), "BACKDATING_DAYS");
    }
}
