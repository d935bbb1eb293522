package id.lunas.system;

import static id.lunas.system.Api.json;
import static id.lunas.system.Api.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The end of the collector's day at the cashier's desk: count, tick, save, print the receipt. */
class HandoverBrowserIT {

    private static final String PASSWORD = "collector-pass-2026";

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    private static String collect(Api.Caller collector, String body) {
        Api.Reply reply = collector.post("/api/collections", json(body), "Idempotency-Key", Api.unique("k"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getString("number");
    }

    @Test
    void theCashierCountsTheCashTicksTheGiroSheetSavesAndPrintsTheReceipt() throws IOException {
        String andi = Api.newUser("COLLECTOR", PASSWORD);
        Api.Caller collector = Api.as(andi, PASSWORD);
        String customer = Api.Erp.customer("TOKO KASIR SORE");
        String account = Api.Erp.bankAccount();
        String cash = collect(collector, "{'customerCode':'" + customer + "','paymentDate':'" + today()
                + "','method':'CASH','amount':1500000}");
        String giroNumber = Api.unique("BG");
        String giro = collect(collector, "{'customerCode':'" + customer + "','paymentDate':'" + today()
                + "','method':'GIRO','bankAccountCode':'" + account + "','amount':4000000,'giro':{'number':'"
                + giroNumber + "','drawerBank':'BCA','issueDate':'" + today() + "','effectiveDate':'"
                + today().plusDays(14) + "'}}");

        browser.open("/handovers.xhtml?collector=" + andi);
        browser.waitForText(By.id("cashExpected"), "1,500,000.00");
        browser.row("handover:cashCollections_data", cash);
        browser.type("handover:cashCounted", "1450000");
        browser.waitForText(By.id("handover:difference"), "-50,000.00");
        browser.type("handover:differenceReason", "Collector paid for fuel");
        browser.click(browser.row("handover:collections_data", giro)
                .findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")));
        browser.waitForText(By.id("handover:receivedTotal"), "4,000,000.00");
        browser.screenshot("handover");
        browser.click(browser.visible(By.id("handover:save")));
        browser.click(browser.visible(By.id("confirmYes")));

        String number = browser.visible(By.id("handoverNumber")).getText();
        assertThat(number).matches("ST-\\d{9}");
        assertThat(browser.driver().findElement(By.id("cashDifference")).getText()).isEqualTo("-50,000.00");
        assertThat(browser.row("lines:items_data", giro).getText()).contains("Received");
        assertThat(Api.Payments.status(giro)).isEqualTo("ACTIVE");
        assertThat(Api.Payments.status(cash)).isEqualTo("COMPLETED");

        browser.click(browser.driver().findElement(By.id("settlement:receipt")));
        Path receipt = browser.downloaded(".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(receipt))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Handover receipt", number,
                    andi, giroNumber, "1,450,000.00", "-50,000.00", "Collector paid for fuel");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 90);
            Path folder = Path.of(System.getProperty("lunas.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            ImageIO.write(page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 2), "png",
                    folder.resolve("handover-receipt.png").toFile());
        }

        browser.type("settlement:note", "Paid back the next morning");
        browser.click(browser.visible(By.id("settlement:settleShortage")));
        browser.waitForText(By.id("settled"), "Paid back the next morning");
    }
}
