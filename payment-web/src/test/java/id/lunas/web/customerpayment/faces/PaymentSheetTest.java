package id.lunas.web.customerpayment.faces;

import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.service.customerpayment.PaymentSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class PaymentSheetTest {

    private static final PaymentSummary SEED = new PaymentSummary("PR-230800811", LocalDate.of(2023, 8, 21), "C-1188",
            "1188 MINI MARKET, \"JAYA\"", PaymentMethod.GIRO, "BRI-01", new BigDecimal("30878568.81"),
            PaymentStatus.ACTIVE, true, LocalDate.of(2023, 8, 26), null, "BG-778812", LocalDate.of(2023, 8, 22), 3);

    @Test
    void csvHasAHeaderAndOneQuotedLinePerPaymentWithPlainAmounts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PaymentSheet csv = new PaymentCsv(out)) {
            csv.write(SEED);
        }

        String[] lines = out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("Number,Date,Customer code,Customer,Method");
        assertThat(lines[1]).isEqualTo("PR-230800811,2023-08-21,C-1188,\"1188 MINI MARKET, \"\"JAYA\"\"\",GIRO,BRI-01,"
                + "30878568.81,ACTIVE,yes,,BG-778812,2023-08-22");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(PaymentSheet.inert("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(PaymentSheet.inert("@SUM(A1)")).startsWith("'");
        assertThat(PaymentSheet.inert("TOKO -10%")).isEqualTo("TOKO -10%");
    }

    @Test
    void excelGetsAWorkbookWithAmountsAsNumbersAndTextEscaped() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PaymentSheet xlsx = new PaymentXlsx(out)) {
            xlsx.write(new PaymentSummary("PR-1", LocalDate.of(2023, 8, 21), "C-1", "<b>TOKO & CO</b>",
                    PaymentMethod.CASH, null, new BigDecimal("5000.00"), PaymentStatus.COMPLETED, false, null,
                    LocalDate.of(2023, 8, 21), null, null, 0));
        }

        Map<String, String> parts = unzip(out.toByteArray());
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<row r=\"2\">", "<c t=\"n\"><v>5000.00</v></c>", "&lt;b&gt;TOKO &amp; CO&lt;/b&gt;")
                .endsWith("</sheetData></worksheet>");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
