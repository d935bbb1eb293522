package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The filtered Customer Payment list downloads as CSV and as an Excel workbook. */
class ExportBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("viewer");

    @Test
    void theFilteredListDownloadsAsCsvAndAsExcel() throws IOException {
        String customer = Api.Erp.customer("=TOKO EKSPOR");
        String first = Api.Payments.cash(customer, "1250.50");
        String second = Api.Payments.cash(customer, "99.99");
        Api.Payments.cash(Api.Erp.customer("TOKO LAIN"), "1.00");
        browser.open("/payments.xhtml?customer=" + customer);
        browser.row("list:payments_data", first);

        browser.click(browser.driver().findElement(By.id("filters:exportCsv")));
        Path csv = browser.downloaded(".csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1) + lines.get(2)).contains(first, "1250.50", second, "99.99", "'=TOKO EKSPOR");

        browser.click(browser.driver().findElement(By.id("filters:exportExcel")));
        Path xlsx = browser.downloaded(".xlsx");
        assertThat(sheetOf(xlsx)).contains(first, "<v>1250.50</v>", second, "<v>99.99</v>");
    }

    private static String sheetOf(Path workbook) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no sheet in " + workbook);
    }
}
