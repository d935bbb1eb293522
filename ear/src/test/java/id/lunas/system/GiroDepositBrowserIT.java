package id.lunas.system;

import static id.lunas.system.Api.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The finance day at the bank counter: to deposit, a deposit and its slip, and the bank's credit. */
class GiroDepositBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    @Test
    void dueGirosAreDepositedWithAPrintedSlipAndAllCompleteOnTheCreditDate() throws IOException {
        String customer = Api.Erp.customer("TOKO SETOR GIRO");
        String account = Api.Erp.bankAccount();
        LocalDate issued = today().minusDays(10);
        String first = Api.Payments.giro(customer, account, issued, today().minusDays(3), "30878568.81");
        String second = Api.Payments.giro(customer, account, issued, today().minusDays(1), "1000000.00");

        browser.open("/deposits.xhtml");
        browser.click(browser.visible(By.xpath("//tbody[@id='toDeposit:accounts_data']//a[text()='" + account + "']")));
        browser.waitForText(By.tagName("h3"), account);
        for (String payment : new String[] {first, second}) {
            WebElement row = browser.row("toDeposit:candidates_data", payment);
            browser.click(row.findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")));
        }
        browser.waitForText(By.id("toDeposit:chosenSummary"), "31,878,568.81");
        browser.screenshot("giro-deposits");
        browser.click(browser.visible(By.id("toDeposit:create")));

        String number = browser.visible(By.id("depositNumber")).getText();
        assertThat(number).matches("SG-\\d{9}");
        assertThat(browser.driver().findElement(By.id("totalAmount")).getText()).isEqualTo("31,878,568.81");
        browser.row("giros:items_data", first);
        browser.row("giros:items_data", second);

        browser.click(browser.driver().findElement(By.id("bankAnswer:slipA4")));
        Path slip = browser.downloaded(".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(slip))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(number, "31,878,568.81",
                    "tiga puluh satu juta delapan ratus tujuh puluh delapan ribu lima ratus enam puluh delapan "
                            + "rupiah delapan puluh satu sen");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 90);
            Path folder = Path.of(System.getProperty("lunas.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            ImageIO.write(page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 2), "png",
                    folder.resolve("deposit-slip.png").toFile());
        }

        browser.click(browser.visible(By.id("bankAnswer:resolve")));

        browser.waitForText(By.id("bankAnswer:depositStatus"), "Closed");
        for (String payment : new String[] {first, second}) {
            browser.waitForText(Browser.rowOf("giros:items_data", payment), "Completed");
            assertThat(browser.row("giros:items_data", payment).findElement(By.cssSelector(".resolved-date")).getText())
                    .isEqualTo(Browser.displayed(today()));
        }
        browser.screenshot("giro-deposit-resolved");
        assertThat(Api.Payments.status(first)).isEqualTo("COMPLETED");
        assertThat(Api.get("/api/payments/" + second).object().getString("resolvedDate")).isEqualTo(today().toString());
    }
}
