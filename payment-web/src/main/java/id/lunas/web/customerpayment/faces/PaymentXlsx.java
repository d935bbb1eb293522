package id.lunas.web.customerpayment.faces;

import id.lunas.service.customerpayment.PaymentSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Excel workbook (Office Open XML) written as a stream: one sheet, amounts as numbers, text as
 * inline strings. Small enough to write by hand, so the WAR carries no spreadsheet library.
 */
final class PaymentXlsx implements PaymentSheet {

    private final ZipOutputStream zip;
    private final Writer sheet;
    private int row;

    PaymentXlsx(OutputStream stream) throws IOException {
        zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Customer Payment\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entry("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        line(List.copyOf(HEADERS));
    }

    @Override
    public void write(PaymentSummary payment) throws IOException {
        line(PaymentSheet.cells(payment));
    }

    private void line(List<?> cells) throws IOException {
        row++;
        sheet.write("<row r=\"" + row + "\">");
        for (Object cell : cells) {
            if (cell instanceof BigDecimal number) {
                sheet.write("<c t=\"n\"><v>" + number.toPlainString() + "</v></c>");
            } else {
                sheet.write("<c t=\"inlineStr\"><is><t>" + escaped(cell == null ? "" : cell.toString()) + "</t></is></c>");
            }
        }
        sheet.write("</row>");
    }

    static String escaped(String text) {
        StringBuilder xml = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                default -> {
                    // characters XML 1.0 cannot carry at all are dropped, not written broken
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        xml.append(c);
                    }
                }
            }
        }
        return xml.toString();
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();
        zip.finish();
    }
}
