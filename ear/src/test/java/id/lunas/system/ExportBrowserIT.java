package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The filtered Customer Payment list downloads as CSV and as an Excel workbook, in the reader's
 * language, with a total, and with nothing a spreadsheet would run as a formula.
 */
class ExportBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("viewer");

    @Test
    void theFilteredListDownloadsAsCsvWithItsTotalAndNoFormula() throws IOException {
        String customer = Api.Erp.customer("=HYPERLINK(\\\"http://x\\\")");
        String first = Api.Payments.cash(customer, "1250.50");
        String second = Api.Payments.cash(customer, "99.99");
        Api.Payments.cash(Api.Erp.customer("TOKO LAIN"), "1.00");
        browser.open("/payments.xhtml?customer=" + customer);
        browser.row("list:payments_data", first);

        browser.click(browser.driver().findElement(By.id("filters:exportCsv")));

        List<CSVRecord> records = records(browser.downloaded(".csv"));
        assertThat(records).hasSize(4);
        assertThat(records.get(0).get(0)).endsWith("Number");
        assertThat(records.get(0).values()).contains("Customer code", "Customer", "Method", "Amount", "Status");
        assertThat(List.of(records.get(1).get(0), records.get(2).get(0))).containsExactlyInAnyOrder(first, second);
        assertThat(records.get(1).get(3)).as("a formula is written as text").startsWith("'=HYPERLINK");
        assertThat(records.get(1).get(4)).isEqualTo("Cash");
        assertThat(records.get(1).get(7)).isEqualTo("Completed");
        assertThat(records.get(3).get(0)).isEqualTo("Total");
        assertThat(records.get(3).get(6)).isEqualTo("1350.49");
    }

    @Test
    void theExcelWorkbookHasNumbersDatesAFrozenFilteredHeaderAndATotal() throws IOException {
        String customer = Api.Erp.customer("TOKO EXCEL");
        String number = Api.Payments.cash(customer, "30878568.81", LocalDate.of(2023, 8, 21));
        browser.open("/payments.xhtml?customer=" + customer);
        browser.row("list:payments_data", number);

        browser.click(browser.driver().findElement(By.id("filters:exportExcel")));
        Path xlsx = browser.downloaded(".xlsx");

        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Number");
            Row payment = rows.get(1);
            assertThat(payment.getCellText(0)).isEqualTo(number);
            Cell date = payment.getCell(1);
            assertThat(date.getType()).isEqualTo(CellType.NUMBER);
            assertThat(date.asDate().toLocalDate()).isEqualTo(LocalDate.of(2023, 8, 21));
            assertThat(date.getDataFormatString()).contains("yyyy");
            Cell amount = payment.getCell(6);
            assertThat(amount.getType()).isEqualTo(CellType.NUMBER);
            assertThat(amount.asNumber()).isEqualByComparingTo("30878568.81");
            assertThat(amount.getDataFormatString()).contains("#,##0.00");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Total");
            assertThat(rows.get(2).getCell(6).asNumber()).isEqualByComparingTo("30878568.81");
        }
        String sheet = sheetOf(xlsx);
        assertThat(sheet).as("frozen header").contains("<pane", "ySplit=\"1\"", "state=\"frozen\"");
        assertThat(sheet).as("autofilter and widths").contains("<autoFilter", "<col ");
    }

    @Test
    void anIndonesianReaderGetsIndonesianHeadersStatusesAndMethods() throws IOException {
        String user = Api.newUser("VIEWER", "ekspor-password-1");
        String customer = Api.Erp.customer("TOKO EKSPOR BAHASA");
        String number = Api.Payments.cash(customer, "1000.00");
        try (Browser indonesian = Browser.signedIn(user, "ekspor-password-1")) {
            indonesian.switchToIndonesian();
            indonesian.open("/payments.xhtml?customer=" + customer);
            indonesian.row("list:payments_data", number);

            indonesian.click(indonesian.driver().findElement(By.id("filters:exportCsv")));

            List<CSVRecord> records = records(indonesian.downloaded(".csv"));
            assertThat(records.get(0).get(0)).endsWith("Nomor");
            assertThat(records.get(1).get(4)).isEqualTo("Tunai");
            assertThat(records.get(1).get(7)).isEqualTo("Selesai");
            assertThat(records.get(1).get(8)).isEqualTo("Tidak");
            assertThat(records.get(2).get(0)).isEqualTo("Total");
        }
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(in).getRecords();
        }
    }

    private static String sheetOf(Path workbook) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(sheet).as("the first sheet of " + workbook).isNotNull();
            return new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
