package id.lunas.web.platform.export;

import java.io.IOException;
import java.util.List;

/**
 * A table written out for a spreadsheet, a row at a time so a large export never sits in memory.
 * Cells are typed: text ({@link String}), money ({@link java.math.BigDecimal}), dates
 * ({@link java.time.LocalDate}) and counts ({@link Long}); null is an empty cell. Text that a
 * spreadsheet would run as a formula is written as text ({@link #inert}).
 */
public interface SpreadsheetWriter extends AutoCloseable {

    void header(List<String> titles) throws IOException;

    void row(List<?> cells) throws IOException;

    /** A closing row (a total), set apart from the table: sorting or filtering the table leaves it alone. */
    void footer(List<?> cells) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * Text a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first) gets a
     * leading apostrophe: customer names and codes come from outside and must not become commands
     * on a finance PC.
     */
    static String inert(String text) {
        if (text == null) {
            return null;
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
