package id.lunas.system;

import static id.lunas.system.Api.today;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Bulk resolve on the Customer Payment list: ticked payments, one Resolved Date, all or nothing. */
class BulkResolveBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    private void tick(String payment) {
        browser.click(browser.row("list:payments_data", payment)
                .findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")));
    }

    @Test
    void tickedPaymentsAreResolvedTogetherOnTheOneDate() {
        String customer = Api.Erp.customer("TOKO CENTANG");
        String account = Api.Erp.bankAccount();
        String first = Api.Payments.giro(customer, account, today().minusDays(4), today().minusDays(2), "100.00");
        String second = Api.Payments.giro(customer, account, today().minusDays(4), today().minusDays(1), "200.00");
        browser.open("/payments.xhtml?customer=" + customer);

        tick(first);
        tick(second);
        browser.waitForText(By.id("list:bulkResolve"), "(2)");
        browser.click(browser.driver().findElement(By.id("list:bulkResolve")));

        browser.waitForText(Browser.rowOf("list:payments_data", first), "Completed");
        browser.waitForText(Browser.rowOf("list:payments_data", second), "Completed");
        assertThat(Api.get("/api/payments/" + second).object().getString("resolvedDate"))
                .isEqualTo(today().toString());
    }

    @Test
    void oneRefusedPaymentResolvesNoneAndIsNamedWithItsReason() {
        String customer = Api.Erp.customer("TOKO CENTANG TOLAK");
        String account = Api.Erp.bankAccount();
        String due = Api.Payments.giro(customer, account, today().minusDays(4), today().minusDays(2), "100.00");
        String notYet = Api.Payments.giro(customer, account, today().minusDays(4), today().plusDays(3), "200.00");
        browser.open("/payments.xhtml?customer=" + customer);

        tick(due);
        tick(notYet);
        browser.waitForText(By.id("list:bulkResolve"), "(2)");
        browser.click(browser.driver().findElement(By.id("list:bulkResolve")));

        browser.waitForText(By.id("list:bulkRefusals"), notYet + ": ");
        assertThat(browser.driver().findElement(By.id("list:bulkRefusals")).getText())
                .contains("before the giro's effective date").doesNotContain(due + ":");
        assertThat(Api.Payments.status(due)).isEqualTo("ACTIVE");
        assertThat(Api.Payments.status(notYet)).isEqualTo("ACTIVE");
    }
}
