package id.lunas.domain.bankstatement.reading;

import id.lunas.domain.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A CSV download or an Excel export as rows of trimmed texts, each with the line (or sheet row) it
 * came from. Banks differ in separator, BOM and quoting, so the separator is the one of {@code , ;
 * tab} that the file uses most in its first lines; an Excel file is recognised by its ZIP signature.
 * BCA writes some cells with a leading apostrophe so that Excel keeps them as text: it is dropped.
 */
public record SheetRows(List<Line> lines) {

    /** One row: {@code number} counts from 1 as an editor or a spreadsheet shows it. */
    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    public static SheetRows read(byte[] content) {
        if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
            return excel(content);
        }
        return csv(new String(content, StandardCharsets.UTF_8));
    }

    private static SheetRows csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separatorOf(body)).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            long previousEnd = 0;
            for (CSVRecord record : parser) {
                int number = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                List<String> cells = new ArrayList<>();
                record.forEach(cell -> cells.add(clean(cell)));
                lines.add(new Line(number, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "statement.notCsv", String.valueOf(e.getMessage()));
        }
        return new SheetRows(lines);
    }

    private static SheetRows excel(byte[] content) {
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getFirstSheet();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(clean(row.getCellText(i)));
                }
                lines.add(new Line(row.getRowNum(), cells));
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "statement.notExcel", String.valueOf(e.getMessage()));
        }
        return new SheetRows(lines);
    }

    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.replace('\u00A0', ' ').strip();
        return text.startsWith("'") ? text.substring(1).strip() : text;
    }

    private static char separatorOf(String text) {
        String head = text.lines().limit(30).reduce("", (a, b) -> a + b);
        char best = ',';
        long most = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = head.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }
}
