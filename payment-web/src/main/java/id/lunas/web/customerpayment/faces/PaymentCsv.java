package id.lunas.web.customerpayment.faces;

import id.lunas.service.customerpayment.PaymentSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel opens customer names with their accents. */
final class PaymentCsv implements PaymentSheet {

    private final Writer out;

    PaymentCsv(OutputStream stream) throws IOException {
        out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        line(List.copyOf(HEADERS));
    }

    @Override
    public void write(PaymentSummary payment) throws IOException {
        line(PaymentSheet.cells(payment));
    }

    private void line(List<?> cells) throws IOException {
        out.write(cells.stream().map(PaymentCsv::quoted).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    private static String quoted(Object cell) {
        String text = cell == null ? "" : cell.toString();
        return text.matches(".*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
