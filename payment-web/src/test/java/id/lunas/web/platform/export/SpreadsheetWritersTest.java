package id.lunas.web.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class SpreadsheetWritersTest {

    private static final List<Object> SEED = Arrays.asList("PR-230800811", LocalDate.of(2023, 8, 21), "=C-1188",
            "1188 MINI MARKET, \"JAYA\"", "Giro", "+BRI-01", new BigDecimal("30878568.81"), null);

    @Test
    void csvQuotesWhatNeedsQuotingAndWritesDatesAndAmountsPlainly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter csv = new CsvWriter(out)) {
            csv.header(List.of("Number", "Date", "Customer code", "Customer", "Method", "Bank account", "Amount", "Note"));
            csv.row(SEED);
            csv.footer(Arrays.asList("Total", null, null, null, null, null, new BigDecimal("30878568.81"), null));
        }

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        String[] lines = text.substring(1).split("\r\n");
        assertThat(lines[1]).isEqualTo("PR-230800811,2023-08-21,'=C-1188,\"1188 MINI MARKET, \"\"JAYA\"\"\",Giro,'+BRI-01,"
                + "30878568.81,");
        assertThat(lines[2]).startsWith("Total,");
    }

    @Test
    void everyTextCellThatASpreadsheetWouldRunIsWrittenAsText() {
        assertThat(SpreadsheetWriter.inert("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetWriter.inert("+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(SpreadsheetWriter.inert("@SUM(A1)")).startsWith("'");
        assertThat(SpreadsheetWriter.inert("-1+1")).startsWith("'");
        assertThat(SpreadsheetWriter.inert("TOKO -10%")).isEqualTo("TOKO -10%");
    }

    @Test
    void excelHasNumbersAndDatesAFrozenHeaderAnAutofilterAndWidths() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter xlsx = new XlsxWriter(out, "Customer Payment")) {
            xlsx.header(List.of("Number", "Date", "Customer code", "Customer", "Method", "Bank account", "Amount", "Note"));
            xlsx.row(SEED);
            xlsx.footer(Arrays.asList("Total", null, null, null, null, null, new BigDecimal("30878568.81"), null));
        }

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row seed = rows.get(1);
            assertThat(seed.getCell(0).getText()).isEqualTo("PR-230800811");
            assertThat(seed.getCell(1).asDate().toLocalDate()).isEqualTo(LocalDate.of(2023, 8, 21));
            assertThat(seed.getCell(2).getText()).isEqualTo("'=C-1188");
            assertThat(seed.getCell(6).getType()).isEqualTo(CellType.NUMBER);
            assertThat(seed.getCell(6).asNumber()).isEqualByComparingTo("30878568.81");
            assertThat(rows).last().satisfies(total -> assertThat(total.getCell(0).getText()).isEqualTo("Total"));
        }
        String sheet = part(out.toByteArray(), "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("state=\"frozen\"", "<autoFilter ref=\"A1:H2\"", "<col ");
        assertThat(part(out.toByteArray(), "xl/styles.xml")).contains("#,##0.00", "yyyy-mm-dd");
    }

    /** A part of the workbook; read through ZipFile, which understands the streamed entries fastexcel writes. */
    private static String part(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("lunas-export", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                ZipEntry entry = workbook.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
