package id.lunas.domain.bankstatement.reading;

import id.lunas.domain.bankstatement.reading.SheetRows.Line;
import id.lunas.domain.bankstatement.reading.StatementValues.Decimals;
import id.lunas.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KlikBCA Bisnis CSV: a header block (account number, name, period, currency), lines dated
 * {@code DD/MM} with the year taken from the period, the amount marked {@code CR} or {@code DB} (in
 * its own cell or after the number) and the balance, then a footer with the opening and closing
 * balance. {@code PEND} lines are not booked yet and are left for the next statement. Both the
 * English and the Indonesian captions are read; amounts are English (1,500,000.00).
 */
public final class BcaCsvReader implements StatementReader {

    private static final Pattern PERIOD = Pattern.compile(
            "(\\d{1,2}/\\d{1,2}/\\d{4})\\s*(-|s/d|sd|to)\\s*(\\d{1,2}/\\d{1,2}/\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    private static final Pattern MARKED = Pattern.compile("(.*\\d)\\s*(CR|DB)", Pattern.CASE_INSENSITIVE);

    @Override
    public StatementFile read(byte[] content) {
        List<Line> lines = SheetRows.read(content).lines();
        String account = null;
        LocalDate from = null;
        LocalDate to = null;
        BigDecimal opening = null;
        BigDecimal closing = null;
        List<Line> entries = new ArrayList<>();
        for (Line line : lines) {
            String caption = line.cell(0).toLowerCase(Locale.ROOT).replace(".", "").strip();
            String value = valueOf(line);
            if (caption.startsWith("no rekening") || caption.startsWith("account no") || caption.startsWith("no rek")) {
                account = value;
            } else if (caption.startsWith("periode") || caption.startsWith("period")) {
                Matcher period = PERIOD.matcher(value);
                if (period.find()) {
                    from = StatementValues.date(line.number(), period.group(1), "d/M/uuuu");
                    to = StatementValues.date(line.number(), period.group(3), "d/M/uuuu");
                }
            } else if (caption.startsWith("saldo awal") || caption.startsWith("starting balance")
                    || caption.startsWith("opening balance")) {
                opening = StatementValues.amount(line.number(), value, Decimals.POINT);
            } else if (caption.startsWith("saldo akhir") || caption.startsWith("ending balance")
                    || caption.startsWith("closing balance")) {
                closing = StatementValues.amount(line.number(), value, Decimals.POINT);
            } else if (DAY.matcher(line.cell(0)).matches()) {
                entries.add(line);
            }
        }
        if (account == null || from == null) {
            throw new InvalidInputException("file", "statement.notBca");
        }
        List<StatementEntry> read = new ArrayList<>();
        for (Line line : entries) {
            read.add(entry(line, from, to));
        }
        return new StatementFile(account, null, opening, closing, read);
    }

    /** "No. Rekening : 123", "No. rekening,:,123" and "Account No.,=,123" all carry the value last. */
    private static String valueOf(Line line) {
        for (int i = line.cells().size() - 1; i >= 0; i--) {
            String cell = line.cell(i);
            if (!cell.isEmpty() && !cell.equals(":") && !cell.equals("=")) {
                if (i == 0) {
                    int colon = cell.indexOf(':');
                    return colon >= 0 ? cell.substring(colon + 1).strip() : "";
                }
                return cell.replaceFirst("^[:=]\\s*", "");
            }
        }
        return "";
    }

    private static StatementEntry entry(Line line, LocalDate from, LocalDate to) {
        Matcher day = DAY.matcher(line.cell(0));
        day.matches();
        LocalDate date = dated(line.number(), Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), from, to);
        String description = line.cell(1);
        for (int i = 2; i < line.cells().size(); i++) {
            String cell = line.cell(i);
            Matcher marked = MARKED.matcher(cell);
            if (marked.matches()) {
                return entry(line, date, description, marked.group(1), marked.group(2));
            }
            String next = line.cell(i + 1).toUpperCase(Locale.ROOT);
            if ((next.equals("CR") || next.equals("DB")) && cell.matches(".*\\d.*")) {
                return entry(line, date, description, cell, next);
            }
        }
        throw StatementValues.unreadable(line.number(), "amount", String.join(",", line.cells()));
    }

    private static StatementEntry entry(Line line, LocalDate date, String description, String amount, String mark) {
        BigDecimal value = StatementValues.amount(line.number(), amount, Decimals.POINT);
        Direction direction = mark.equalsIgnoreCase("CR") ? Direction.CREDIT : Direction.DEBIT;
        return new StatementEntry(line.number(), date, date, direction, value.abs(), description, "");
    }

    /** DD/MM in the period's year; a period across the new year takes January into the later year. */
    private static LocalDate dated(int line, int day, int month, LocalDate from, LocalDate to) {
        LocalDate end = to == null ? from : to;
        for (int year = from.getYear(); year <= end.getYear(); year++) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (!date.isBefore(from) && !date.isAfter(end)) {
                    return date;
                }
            } catch (java.time.DateTimeException e) {
                throw StatementValues.unreadable(line, "date", day + "/" + month);
            }
        }
        throw StatementValues.unreadable(line, "date", day + "/" + month);
    }
}
