package id.lunas.domain.bankstatement.reading;

import id.lunas.domain.bankstatement.reading.SheetRows.Line;
import id.lunas.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV or Excel statement read through a {@link ColumnMapping}: rows above the header row may name
 * the account ("No. Rekening"); below it every row with a date is a line, and rows whose date cell
 * holds no digits at all (a footer caption, a blank) are not. With a balance column the opening
 * balance is the first balance before its line, and a line whose balance does not follow from the
 * one before refuses the file naming that line.
 */
public final class MappedSheetReader implements StatementReader {

    private final ColumnMapping mapping;

    public MappedSheetReader(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public StatementFile read(byte[] content) {
        List<Line> lines = SheetRows.read(content).lines();
        String account = null;
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            Line line = lines.get(i);
            if (columnsOf(line).containsKey(ColumnMapping.key(mapping.date()))
                    && columnsOf(line).containsKey(ColumnMapping.key(mapping.description()))) {
                header = i;
            } else if (ColumnMapping.key(line.cell(0)).startsWith("norek") || ColumnMapping.key(line.cell(0))
                    .startsWith("account")) {
                account = lastValue(line);
            }
        }
        if (header < 0) {
            throw new InvalidInputException("file", "statement.noHeader", mapping.date(), mapping.description());
        }
        Map<String, Integer> columns = columnsOf(lines.get(header));
        List<StatementEntry> entries = new ArrayList<>();
        BigDecimal opening = null;
        BigDecimal balance = null;
        for (Line line : lines.subList(header + 1, lines.size())) {
            String date = line.cell(column(columns, mapping.date()));
            if (!date.matches(".*\\d.*")) {
                continue;
            }
            StatementEntry entry = entry(line, columns);
            entries.add(entry);
            BigDecimal written = amount(line, columns, mapping.balance());
            if (written != null) {
                BigDecimal before = written.subtract(entry.signedAmount());
                if (balance == null) {
                    opening = before;
                } else if (before.compareTo(balance) != 0) {
                    throw new InvalidInputException(StatementValues.field(line.number()), "statement.balanceBreak",
                            (long) line.number(), balance, entry.signedAmount(), written);
                }
                balance = written;
            }
        }
        return new StatementFile(account, null, opening, balance, entries);
    }

    private StatementEntry entry(Line line, Map<String, Integer> columns) {
        int n = line.number();
        LocalDate date = StatementValues.date(n, line.cell(column(columns, mapping.date())), mapping.dateFormat());
        String valueText = mapping.valueDate() == null ? "" : line.cell(column(columns, mapping.valueDate()));
        LocalDate valueDate = valueText.isEmpty() ? date : StatementValues.date(n, valueText, mapping.dateFormat());
        String description = line.cell(column(columns, mapping.description()));
        String reference = mapping.reference() == null ? "" : line.cell(column(columns, mapping.reference()));
        BigDecimal signed;
        if (mapping.amount() != null) {
            signed = signedAmount(line, line.cell(column(columns, mapping.amount())));
        } else {
            BigDecimal debit = amount(line, columns, mapping.debit());
            BigDecimal credit = amount(line, columns, mapping.credit());
            boolean hasDebit = debit != null && debit.signum() != 0;
            boolean hasCredit = credit != null && credit.signum() != 0;
            if (hasDebit == hasCredit) {
                throw StatementValues.unreadable(n, "amount", String.join(",", line.cells()));
            }
            signed = hasCredit ? credit.abs() : debit.abs().negate();
        }
        if (signed == null || signed.signum() == 0) {
            throw StatementValues.unreadable(n, "amount", String.join(",", line.cells()));
        }
        return new StatementEntry(n, date, valueDate, signed.signum() > 0 ? Direction.CREDIT : Direction.DEBIT,
                signed.abs(), description, reference);
    }

    /** A signed amount, or one marked CR / DB (C / D) after the number as some banks write it. */
    private BigDecimal signedAmount(Line line, String text) {
        String upper = text.toUpperCase(Locale.ROOT).strip();
        boolean debit = upper.endsWith("DB") || upper.endsWith("D");
        String number = upper.replaceAll("\\s*(CR|DB|C|D)$", "");
        BigDecimal value = StatementValues.amount(line.number(), number, mapping.decimals());
        return value == null ? null : debit ? value.abs().negate() : value;
    }

    private BigDecimal amount(Line line, Map<String, Integer> columns, String caption) {
        return caption == null ? null
                : StatementValues.amount(line.number(), line.cell(column(columns, caption)), mapping.decimals());
    }

    private static int column(Map<String, Integer> columns, String caption) {
        Integer index = columns.get(ColumnMapping.key(caption));
        if (index == null) {
            throw new InvalidInputException("file", "statement.missingColumn", caption);
        }
        return index;
    }

    private static Map<String, Integer> columnsOf(Line line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < line.cells().size(); i++) {
            columns.putIfAbsent(ColumnMapping.key(line.cell(i)), i);
        }
        return columns;
    }

    private static String lastValue(Line line) {
        for (int i = line.cells().size() - 1; i > 0; i--) {
            String cell = line.cell(i).replaceFirst("^[:=]\\s*", "");
            if (!cell.isEmpty()) {
                return cell;
            }
        }
        String first = line.cell(0);
        return first.contains(":") ? first.substring(first.indexOf(':') + 1).strip() : null;
    }
}
