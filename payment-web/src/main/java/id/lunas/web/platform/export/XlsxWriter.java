package id.lunas.web.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (fastexcel, streamed): amounts are numbers formatted #,##0.00, dates are dates,
 * the header row is bold and frozen with an autofilter over the table, and each column is as wide
 * as its content.
 */
public final class XlsxWriter implements SpreadsheetWriter {

    private static final String AMOUNT = "#,##0.00";
    private static final String DATE = "yyyy-mm-dd";
    private static final int MAX_WIDTH = 60;

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<Integer> widths = new ArrayList<>();
    private int row;
    private int columns;
    private int lastTableRow = -1;

    public XlsxWriter(OutputStream stream, String sheetName) {
        workbook = new Workbook(stream, "Lunas", "1.0");
        sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void header(List<String> titles) {
        for (int column = 0; column < titles.size(); column++) {
            sheet.value(row, column, SpreadsheetWriter.inert(titles.get(column)));
            sheet.style(row, column).bold().fillColor("DDEBF7").set();
            widen(column, titles.get(column).length() + 3);
        }
        columns = Math.max(columns, titles.size());
        sheet.freezePane(0, 1);
        row++;
    }

    @Override
    public void row(List<?> cells) {
        for (int column = 0; column < cells.size(); column++) {
            Object value = cells.get(column);
            if (value instanceof BigDecimal amount) {
                sheet.value(row, column, amount);
                sheet.style(row, column).format(AMOUNT).set();
                widen(column, amount.toPlainString().length() + 4);
            } else if (value instanceof LocalDate date) {
                sheet.value(row, column, date);
                sheet.style(row, column).format(DATE).set();
                widen(column, 11);
            } else if (value instanceof Number number) {
                sheet.value(row, column, number);
                widen(column, number.toString().length() + 2);
            } else if (value != null) {
                String text = SpreadsheetWriter.inert(value.toString());
                sheet.value(row, column, text);
                widen(column, text.length() + 1);
            }
        }
        columns = Math.max(columns, cells.size());
        row++;
    }

    @Override
    public void footer(List<?> cells) {
        lastTableRow = row - 1;
        row++;
        int footerRow = row;
        row(cells);
        for (int column = 0; column < cells.size(); column++) {
            sheet.style(footerRow, column).bold().format(cells.get(column) instanceof BigDecimal ? AMOUNT : "General")
                    .set();
        }
    }

    private void widen(int column, int characters) {
        while (widths.size() <= column) {
            widths.add(8);
        }
        widths.set(column, Math.min(MAX_WIDTH, Math.max(widths.get(column), characters)));
    }

    @Override
    public void close() throws IOException {
        for (int column = 0; column < widths.size(); column++) {
            sheet.width(column, widths.get(column));
        }
        int tableEnd = lastTableRow >= 0 ? lastTableRow : row - 1;
        if (tableEnd > 0 && columns > 0) {
            sheet.setAutoFilter(0, 0, tableEnd, columns - 1);
        }
        workbook.finish();
    }
}
