package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Receivables aging on 30 September 2023 of a small book worked out by hand, over HTTP and on screen. */
class ArAgingIT {

    @RegisterExtension
    static final Browser browser = new Browser("viewer");

    private static String pay(String customer, String method, String paid, String amount, String invoice) {
        String account = method.equals("GIRO") ? ",'bankAccountCode':'" + Api.Erp.bankAccount() + "','giro':{'number':'"
                + Api.unique("BG") + "','drawerBank':'BCA','issueDate':'" + paid + "','effectiveDate':'"
                + LocalDate.parse(paid).plusDays(1) + "'}" : "";
        return post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'" + paid + "','method':'"
                + method + "','amount':" + amount + account + ",'allocations':[{'invoiceNumber':'" + invoice
                + "','amount':" + amount + "}]}")).object().getString("number");
    }

    @Test
    void whatIsOwedIsBucketedByLatenessMoneyStillClearingIsShownApartAndCancelledMoneyDoesNotCount() throws IOException {
        String customer = Api.Erp.customer("TOKO UMUR PIUTANG");
        String notDue = Api.Erp.invoice(customer, "1000.00", LocalDate.of(2023, 9, 1));
        String late16 = Api.Erp.invoice(customer, "2000.00", LocalDate.of(2023, 8, 15));
        String late61 = Api.Erp.invoice(customer, "3000.00", LocalDate.of(2023, 7, 1));
        String late122 = Api.Erp.invoice(customer, "4000.00", LocalDate.of(2023, 5, 1));
        Api.Erp.invoice(customer, "500.00", LocalDate.of(2023, 10, 5));
        pay(customer, "CASH", "2023-08-21", "500.00", late16);
        pay(customer, "GIRO", "2023-09-10", "1000.00", late61);
        String clearedLater = pay(customer, "GIRO", "2023-09-20", "700.00", late122);
        post("/api/payments/" + clearedLater + "/resolve", json("{'resolvedDate':'2023-10-02'}"));
        pay(customer, "CASH", "2023-10-03", "300.00", notDue);
        String voided = pay(customer, "CASH", "2023-09-05", "200.00", late61);
        post("/api/payments/" + voided + "/cancel", json("{'reason':'entered twice'}"));

        JsonObject aging = get("/api/reports/ar-aging?date=2023-09-30").object();

        assertThat(aging.getString("asOf")).isEqualTo("2023-09-30");
        JsonObject mine = aging.getJsonArray("customers").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("customerCode").equals(customer)).findFirst().orElseThrow();
        JsonObject owed = mine.getJsonObject("outstanding");
        assertThat(owed.getJsonNumber("NOT_DUE").bigDecimalValue()).isEqualByComparingTo("1000.00");
        assertThat(owed.getJsonNumber("DAYS_1_30").bigDecimalValue()).isEqualByComparingTo("1500.00");
        assertThat(owed.getJsonNumber("DAYS_31_60").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(owed.getJsonNumber("DAYS_61_90").bigDecimalValue()).isEqualByComparingTo("2000.00");
        assertThat(owed.getJsonNumber("OVER_90").bigDecimalValue()).isEqualByComparingTo("3300.00");
        assertThat(mine.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("7800.00");
        assertThat(mine.getJsonNumber("inClearing").bigDecimalValue()).isEqualByComparingTo("1700.00");
        assertThat(aging.getJsonObject("totals").getJsonNumber("total").bigDecimalValue())
                .isGreaterThanOrEqualTo(mine.getJsonNumber("total").bigDecimalValue());
        assertThat(get("/api/reports/ar-aging?date=yesterday").status()).isEqualTo(400);

        browser.open("/aging.xhtml?date=2023-09-30");
        browser.waitForText(By.id("aging:customers_data"), "TOKO UMUR PIUTANG");
        browser.screenshot("ar-aging");
        browser.click(browser.driver().findElement(By.id("filters:excel")));
        Path xlsx = browser.downloaded(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row row = rows.stream().filter(r -> customer.equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(row.getCell(7).asNumber()).isEqualByComparingTo("7800.00");
            assertThat(row.getCell(8).asNumber()).isEqualByComparingTo("1700.00");
        }
    }
}
