package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The giro register of a period that only this test's giros fall in (a random day of 2001-2009, which
 * no other test uses): received, cleared, rejected by reason, cancelled; over HTTP, on screen and as a PDF.
 */
class GiroRegisterIT {

    private static final LocalDate DATE = LocalDate.of(2001, 1, 1).plusDays(new Random().nextInt(3000));
    private static final String DAY = DATE.toString();

    @RegisterExtension
    static final Browser browser = new Browser("viewer");

    private static long count(JsonObject register, String line) {
        return register.getJsonObject(line).getJsonNumber("count").longValue();
    }

    @Test
    void aPeriodsGirosAreCountedByWhatBecameOfThem() throws IOException {
        String customer = Api.Erp.customer("TOKO REGISTER GIRO");
        String cleared = Api.Payments.giro(customer, DAY, DAY, "100.00");
        String bounced = Api.Payments.giro(customer, DAY, DAY, "200.00");
        String voided = Api.Payments.giro(customer, DAY, DAY, "300.00");
        post("/api/payments/" + cleared + "/resolve", json("{'resolvedDate':'" + DAY + "'}"));
        post("/api/payments/" + bounced + "/reject",
                json("{'rejectedDate':'" + DAY + "','reasonCode':'INSUFFICIENT_FUNDS'}"));
        post("/api/payments/" + voided + "/cancel", json("{'reason':'entered twice'}"));

        JsonObject register = get("/api/giros/register?from=" + DAY + "&to=" + DAY).object();

        assertThat(count(register, "received")).isEqualTo(3);
        assertThat(register.getJsonObject("received").getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo("600.00");
        assertThat(count(register, "cleared")).isEqualTo(1);
        assertThat(count(register, "rejected")).isEqualTo(1);
        assertThat(register.getJsonArray("rejectedByReason").getJsonObject(0).getString("reason"))
                .isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(count(register, "cancelled")).as("cancelled today, not in 2004").isZero();
        assertThat(get("/api/giros/register?from=" + DATE.plusDays(1) + "&to=" + DAY).status()).isEqualTo(400);

        browser.open("/giro-register.xhtml?from=" + DAY + "&to=" + DAY);
        browser.waitForText(By.id("register:lines_data"), "600.00");
        browser.click(browser.driver().findElement(By.id("filters:pdf")));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(browser.downloaded(".pdf")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Giro register, " + Browser.displayed(DATE) + " to "
                    + Browser.displayed(DATE),
                    "Received in the period", "600.00", "Insufficient funds");
        }
    }
}
