package id.lunas.web.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV (Apache Commons CSV) in UTF-8 with a byte-order mark, so Excel opens names with their
 * accents. Dates are ISO (2023-08-22) and amounts plain (30878568.81): a file other programs read.
 */
public final class CsvWriter implements SpreadsheetWriter {

    private final OutputStreamWriter out;
    private final CSVPrinter printer;

    public CsvWriter(OutputStream stream) throws IOException {
        out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        printer = new CSVPrinter(out, CSVFormat.RFC4180);
    }

    @Override
    public void header(List<String> titles) throws IOException {
        printer.printRecord(titles.stream().map(SpreadsheetWriter::inert).toList());
    }

    @Override
    public void row(List<?> cells) throws IOException {
        printer.printRecord(cells.stream().map(CsvWriter::cell).toList());
    }

    @Override
    public void footer(List<?> cells) throws IOException {
        row(cells);
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value instanceof String text ? SpreadsheetWriter.inert(text) : value.toString();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        out.flush();
    }
}
