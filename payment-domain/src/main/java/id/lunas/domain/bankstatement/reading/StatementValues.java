package id.lunas.domain.bankstatement.reading;

import id.lunas.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts and dates as banks write them in their downloads, read for one line of the file; anything
 * else refuses the file naming that line ({@code lines[n]}, n counting the lines of the file), so nobody
 * imports half a statement.
 */
public final class StatementValues {

    /** How a file writes decimals; {@code AUTO} decides per amount, for layouts that mix both. */
    public enum Decimals { POINT, COMMA, AUTO }

    private static final Pattern POINT_AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?|\\d+(\\.\\d{1,2})?");
    private static final Pattern COMMA_AMOUNT = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d+(,\\d{1,2})?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private StatementValues() {
    }

    public static String field(int line) {
        return "lines[" + line + "]";
    }

    public static InvalidInputException unreadable(int line, String what, String text) {
        return new InvalidInputException(field(line), "statement.unreadableLine", (long) line, what, text);
    }

    /** An amount, or null for an empty cell; a minus sign or brackets are kept as a negative amount. */
    public static BigDecimal amount(int line, String text, Decimals decimals) {
        String plain = text == null ? "" : text.replace(" ", "").replace("Rp", "").replace("IDR", "");
        if (plain.isEmpty() || plain.equals("-")) {
            return null;
        }
        boolean negative = plain.startsWith("-") || plain.startsWith("(") && plain.endsWith(")");
        String digits = plain.replaceAll("^[-(]|\\)$", "");
        Decimals style = decimals == Decimals.AUTO ? guess(digits) : decimals;
        Pattern pattern = style == Decimals.COMMA ? COMMA_AMOUNT : POINT_AMOUNT;
        if (!pattern.matcher(digits).matches()) {
            throw unreadable(line, "amount", text);
        }
        String canonical = style == Decimals.COMMA ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        BigDecimal value = new BigDecimal(canonical).setScale(2);
        return negative ? value.negate() : value;
    }

    /** The separator written last with one or two digits after it is the decimal one; otherwise both group. */
    private static Decimals guess(String digits) {
        int comma = digits.lastIndexOf(',');
        int point = digits.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            return comma > point ? Decimals.COMMA : Decimals.POINT;
        }
        if (comma >= 0) {
            return digits.length() - comma - 1 <= 2 ? Decimals.COMMA : Decimals.POINT;
        }
        if (point >= 0) {
            return digits.length() - point - 1 <= 2 ? Decimals.POINT : Decimals.COMMA;
        }
        return Decimals.POINT;
    }

    /** A date in the given pattern (e.g. {@code dd/MM/yyyy}); an Excel serial day number is accepted as well. */
    public static LocalDate date(int line, String text, String pattern) {
        if (text == null || text.isBlank()) {
            throw unreadable(line, "date", "");
        }
        String value = text.strip();
        if (value.matches("\\d{5}(\\.\\d+)?")) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(value.replaceAll("\\..*", "")));
        }
        String datePart = value.replaceAll("[ T]\\d{1,2}:\\d{2}(:\\d{2})?.*$", "");
        try {
            return LocalDate.parse(datePart, DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu"), Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw unreadable(line, "date", text);
        }
    }
}
