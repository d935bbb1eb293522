package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Administration > Closing the books, and a resolve into the closed month refused on the list. */
class ClosedBooksBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("admin");

    @AfterEach
    void reopenEverything() {
        if (!get("/api/books").object().isNull("closedThrough")) {
            post("/api/books/reopen", json("{'reason':'test finished'}"));
        }
    }

    @Test
    void anAdministratorClosesAugustAndAResolveDatedInAugustIsRefusedNextToItsDate() {
        String customer = Api.Erp.customer("TOKO BUKU TUTUP");
        String giro = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "100.00");
        browser.open("/books.xhtml");

        browser.pickDate("closeThrough", java.time.LocalDate.of(2023, 8, 31));
        browser.click(browser.driver().findElement(By.id("close:closeBooks")));
        browser.waitForText(By.id("state"), "closed through 31 Aug 2023");
        browser.waitForText(By.id("history"), "Closed");
        browser.screenshot("closing-the-books");

        browser.open("/payments.xhtml?customer=" + customer);
        browser.rowAction(browser.row("list:payments_data", giro), "Resolve");
        browser.visible(By.id("resolveForm:resolvedDate_input"));
        browser.pickDate("resolvedDate", java.time.LocalDate.of(2023, 8, 25));
        browser.click(browser.visible(By.id("resolveForm:save")));

        browser.waitForText(By.id("resolveForm"), "the books are closed through 31 Aug 2023");
        assertThat(Api.Payments.status(giro)).isEqualTo("ACTIVE");
    }
}
