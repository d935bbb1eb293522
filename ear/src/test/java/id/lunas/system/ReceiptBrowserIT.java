package id.lunas.system;

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

/** A payment's page prints its receipt (kwitansi); a cancelled payment offers none. */
class ReceiptBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    @Test
    void thePaymentPagePrintsTheReceiptInWords() throws IOException {
        String customer = Api.Erp.customer("TOKO CETAK KWITANSI");
        String number = Api.Payments.cash(customer, "1250000.00");
        browser.open("/payment.xhtml?number=" + number);

        browser.click(browser.visible(By.id("receiptForm:receipt")));

        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(browser.downloaded(".pdf")))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(number,
                    "TOKO CETAK KWITANSI", "1,250,000.00", "satu juta dua ratus lima puluh ribu rupiah",
                    "one million two hundred fifty thousand rupiah");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 90);
            Path folder = Path.of(System.getProperty("lunas.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            ImageIO.write(page, "png", folder.resolve("receipt.png").toFile());
        }

        String cancelled = Api.Payments.cash(customer, "10.00");
        Api.post("/api/payments/" + cancelled + "/cancel", Api.json("{'reason':'entered twice'}"));
        browser.open("/payment.xhtml?number=" + cancelled);
        browser.visible(By.id("actionsForm:status"));
        assertThat(browser.driver().findElements(By.id("receiptForm:receipt"))).isEmpty();
    }
}
