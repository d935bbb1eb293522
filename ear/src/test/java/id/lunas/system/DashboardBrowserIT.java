package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page: each figure counts what is in the database and leads into the list behind it. */
class DashboardBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    @Test
    void theFiguresLinkIntoTheFilteredListsTheyCount() {
        LocalDate today = Api.today();
        String customer = Api.Erp.customer("TOKO DASBOR");
        String pending = Api.Payments.collection(customer, "250");
        String cleared = Api.Payments.cash(customer, "125", today);
        Api.Payments.giro(customer, today.toString(), today.plusDays(5).toString(), "777");

        browser.open("/index.xhtml");
        assertThat(Long.parseLong(browser.visible(By.id("pendingCount")).getText())).isPositive();
        Object labels = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return PF('maturityChart').chart.data.labels;");
        assertThat(labels.toString()).contains(Browser.displayed(today.plusDays(5)));
        browser.screenshot("dashboard");

        browser.click(browser.driver().findElement(By.id("pendingLink")));
        browser.waiter().until(ExpectedConditions.urlContains("status=PENDING"));
        browser.row("list:payments_data", pending);

        browser.open("/index.xhtml");
        browser.click(browser.visible(By.cssSelector("#clearedCard a.cleared-CASH")));
        browser.waiter().until(ExpectedConditions.urlContains("clearedFrom=" + today.withDayOfMonth(1)));
        assertThat(browser.driver().getCurrentUrl()).contains("status=COMPLETED", "method=CASH");
        browser.row("list:payments_data", cleared);
    }

    @Test
    void activeGirosAreCountedByWhereTheyAreAndADepositMovesOneFromInHandToDeposited() {
        LocalDate today = Api.today();
        String customer = Api.Erp.customer("TOKO DASBOR SETOR");
        String account = Api.Erp.bankAccount();
        String giro = Api.Payments.giro(customer, account, today.minusDays(3), today.minusDays(1), "555");
        browser.open("/index.xhtml");
        long inHand = placeCount("IN_HAND");
        long deposited = placeCount("DEPOSITED");

        Api.post("/api/giro-deposits", Api.json("{'bankAccountCode':'" + account + "','depositDate':'" + today
                + "','payments':['" + giro + "']}"));
        browser.open("/index.xhtml");

        assertThat(placeCount("IN_HAND")).isEqualTo(inHand - 1);
        assertThat(placeCount("DEPOSITED")).isEqualTo(deposited + 1);
        browser.click(browser.visible(By.cssSelector("#placesCard a.place-IN_HAND")));
        browser.waiter().until(ExpectedConditions.urlContains("deposits"));
    }

    private static long placeCount(String place) {
        return Long.parseLong(browser.visible(By.cssSelector("#placesCard a.place-" + place + " .place-count")).getText());
    }
}
