package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Sales > Overdue Giros and the bell, after a scan flagged a giro that should have cleared. */
class OverdueGirosBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    @Test
    void aNewlyFlaggedGiroRingsTheBellIsListedWithItsDaysOverdueAndLeavesTheListWhenResolved() {
        LocalDate today = Api.today();
        String customer = Api.Erp.customer("TOKO TELAT CAIR");
        String number = Api.Payments.giro(customer, today.minusDays(20).toString(), today.minusDays(10).toString(),
                "4400000");
        assertThat(Api.as("finance").post("/api/giro-scans", "").object().getInt("newlyFlagged")).isPositive();

        browser.open("/payments.xhtml");
        browser.waiter().until(d -> d.findElement(By.id("menu:bell")).getAttribute("class").contains("unread")
                || reload());
        assertThat(Integer.parseInt(browser.driver().findElement(By.id("menu:bellCount")).getText())).isPositive();

        browser.click(browser.driver().findElement(By.id("menu:bell")));
        WebElement row = browser.row("giros:overdue_data", number);
        assertThat(row.getText()).contains("TOKO TELAT CAIR", "BCA", "4,400,000.00", "7");
        assertThat(row.findElement(By.cssSelector(".days-overdue")).getText()).isEqualTo("7");
        assertThat(browser.driver().findElement(By.id("menu:bell")).getAttribute("class")).doesNotContain("unread");
        browser.screenshot("overdue-giros");

        browser.rowAction(row, "Resolve");
        browser.visible(By.id("resolveForm:resolvedDate_input"));
        browser.click(browser.driver().findElement(By.id("resolveForm:save")));
        browser.waitForText(By.cssSelector(".ui-growl"), number + " is Completed");
        assertThat(browser.driver().findElement(By.id("giros:overdue_data")).getText()).doesNotContain(number);
        assertThat(Api.Payments.status(number)).isEqualTo("COMPLETED");
    }

    /** The scan's notice reaches the back office asynchronously; look again until it has. */
    private static boolean reload() {
        browser.driver().navigate().refresh();
        return false;
    }
}
