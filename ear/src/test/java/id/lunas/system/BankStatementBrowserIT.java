package id.lunas.system;

import static id.lunas.system.Api.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The morning's bank statement: uploaded, read against the giros, and the day's clearing confirmed. */
class BankStatementBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    @Test
    void anUploadedStatementProposesTheGirosItClearsAndOneClickResolvesThem() throws IOException {
        String customer = Api.Erp.customer("TOKO MUTASI");
        String account = Api.Erp.bankAccount();
        String giroNumber = Api.Payments.newGiroNumber();
        String giro = Api.Payments.giro(customer, account, today().minusDays(10), today().minusDays(2), "12345678.90",
                giroNumber);
        Path file = Files.createTempFile("statement", ".sta");
        Files.write(file, Mt940.statement(Api.unique("S"), "50000000.00", List.of(
                new Mt940.Line("C", today().minusDays(1), "12345678.90", "KLIRING MASUK BG " + giroNumber),
                new Mt940.Line("D", today(), "6500.00", "BIAYA ADMINISTRASI"))));

        browser.open("/bank-statements.xhtml?account=" + account);
        browser.driver().findElement(By.id("upload:file_input")).sendKeys(file.toAbsolutePath().toString());

        browser.waitForText(By.id("lineCount"), "2");
        browser.waitForText(By.id("counts"), "Proposed: 1");
        assertThat(browser.driver().findElement(By.id("lines:items_data")).getText())
                .contains(giro, "KLIRING MASUK BG " + giroNumber, "12,345,678.90", "Resolve giro");
        browser.screenshot("bank-statement");

        browser.click(browser.visible(By.id("statement:confirmAll")));
        browser.click(browser.visible(By.cssSelector(".ui-confirmdialog-yes")));

        browser.waitForText(By.id("counts"), "Matched: 1");
        assertThat(browser.driver().findElement(By.id("lines:items_data")).getText()).contains("Matched");
        assertThat(Api.Payments.status(giro)).isEqualTo("COMPLETED");
        assertThat(Api.get("/api/payments/" + giro).object().getString("resolvedDate"))
                .isEqualTo(today().minusDays(1).toString());
    }
}
