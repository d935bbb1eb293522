package id.lunas.domain.bankstatement.reading;

import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field62F;
import id.lunas.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SWIFT MT940: the text is cut into tags here, because a person must be told which line of the file
 * is wrong; each tag's value is then read by Prowide's field classes, which know the sub-fields of
 * {@code :61:} and the decimal comma. A file may hold several messages (a long statement in pages,
 * {@code :28C:} 00001/001, 00001/002): the first opening and the last closing balance frame them all.
 * SWIFT blocks ({@code {1:...}{2:...}{4:}) are optional around the text, as some banks send block 4 alone.
 */
public final class Mt940Reader implements StatementReader {

    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?):(.*)$");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private record Tag(String name, int line, StringBuilder value) {
        String text() {
            return value.toString();
        }
    }

    @Override
    public StatementFile read(byte[] content) {
        List<Tag> tags = tags(new String(content, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        if (tags.stream().noneMatch(t -> t.name().equals("20")) || tags.stream().noneMatch(t -> t.name().equals("25"))) {
            throw new InvalidInputException("file", "statement.notMt940");
        }
        String reference = null;
        String account = null;
        BigDecimal opening = null;
        BigDecimal closing = null;
        List<StatementEntry> entries = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            switch (tag.name()) {
                case "20" -> reference = reference == null ? tag.text().strip() : reference;
                case "25" -> account = tag.text().strip();
                case "60F", "60M" -> opening = opening == null ? balance(tag) : opening;
                case "62F", "62M" -> closing = balance(tag);
                case "61" -> {
                    String information = i + 1 < tags.size() && tags.get(i + 1).name().equals("86")
                            ? tags.get(i + 1).text() : "";
                    entries.add(entry(tag, information));
                }
                default -> {
                    // :28C:, :64:, :65: and :86: on its own say nothing a match needs
                }
            }
        }
        String sequence = tags.stream().filter(t -> t.name().equals("28C")).map(t -> t.text().strip()).findFirst()
                .orElse("");
        return new StatementFile(account, sequence.isEmpty() ? reference : reference + "/" + sequence, opening, closing,
                entries);
    }

    private static List<Tag> tags(String text) {
        List<Tag> tags = new ArrayList<>();
        String[] lines = text.split("\\r?\\n|\\r", -1);
        Tag current = null;
        for (int n = 0; n < lines.length; n++) {
            String line = stripBlocks(lines[n]);
            Matcher tag = TAG.matcher(line);
            if (tag.matches()) {
                current = new Tag(tag.group(1), n + 1, new StringBuilder(tag.group(2)));
                tags.add(current);
            } else if (line.equals("-") || line.equals("-}") || line.isBlank()) {
                current = null;
            } else if (current != null) {
                current.value().append('\n').append(line);
            } else {
                throw StatementValues.unreadable(n + 1, "mt940", line);
            }
        }
        return tags;
    }

    /** Takes away the SWIFT block headers and trailers that may share a line with the text. */
    private static String stripBlocks(String line) {
        String text = line.strip();
        if (text.startsWith("{")) {
            int body = text.indexOf("{4:");
            text = body >= 0 ? text.substring(body + 3) : "";
        }
        if (text.startsWith("-}")) {
            return "-}";
        }
        return text;
    }

    private static BigDecimal balance(Tag tag) {
        String value = tag.text().strip();
        Field60F field = new Field60F(value);
        if (field.getAmountAsBigDecimal() == null || field.getDCMark() == null
                || !value.matches("[CD]\\d{6}[A-Z]{3}\\d+(,\\d*)?")) {
            throw StatementValues.unreadable(tag.line(), "balance", value);
        }
        BigDecimal amount = field.getAmountAsBigDecimal().setScale(2);
        return "D".equals(field.getDCMark()) ? amount.negate() : amount;
    }

    private static StatementEntry entry(Tag tag, String information) {
        String value = tag.text();
        Field61 field = new Field61(value);
        String mark = field.getDebitCreditMark();
        BigDecimal amount = field.getAmountAsBigDecimal();
        if (mark == null || amount == null || field.getValueDate() == null
                || !value.matches("(?s)\\d{6}(\\d{4})?R?[CD][A-Z]?\\d+,\\d*[A-Z].*")) {
            throw StatementValues.unreadable(tag.line(), "mt940", value.lines().findFirst().orElse(""));
        }
        LocalDate valueDate;
        try {
            valueDate = LocalDate.parse(field.getValueDate(), YYMMDD);
        } catch (DateTimeParseException e) {
            throw StatementValues.unreadable(tag.line(), "date", field.getValueDate());
        }
        LocalDate bookingDate = bookingDate(valueDate, field.getEntryDate());
        // a reversal of a credit (RC) takes money out; of a debit (RD) gives it back
        Direction direction = mark.endsWith("C") != mark.startsWith("R") ? Direction.CREDIT : Direction.DEBIT;
        String reference = join(field.getReferenceForTheAccountOwner(), field.getReferenceOfTheAccountServicingInstitution());
        String description = join(field.getSupplementaryDetails(), information.replace('\n', ' ').strip());
        return new StatementEntry(tag.line(), bookingDate, valueDate, direction, amount.setScale(2), description,
                reference);
    }

    /** The entry date is MMDD: in the value date's year, or next to it across a year end. */
    private static LocalDate bookingDate(LocalDate valueDate, String entryDate) {
        if (entryDate == null || !entryDate.matches("\\d{4}")) {
            return valueDate;
        }
        int month = Integer.parseInt(entryDate.substring(0, 2));
        int day = Integer.parseInt(entryDate.substring(2));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return valueDate;
        }
        LocalDate sameYear = LocalDate.of(valueDate.getYear(), month, Math.min(day, java.time.YearMonth
                .of(valueDate.getYear(), month).lengthOfMonth()));
        if (sameYear.isBefore(valueDate.minusMonths(6))) {
            return sameYear.plusYears(1);
        }
        return sameYear.isAfter(valueDate.plusMonths(6)) ? sameYear.minusYears(1) : sameYear;
    }

    private static String join(String first, String second) {
        String a = first == null || first.isBlank() || first.equals("NONREF") ? "" : first.strip();
        String b = second == null ? "" : second.strip();
        return (a + " " + b).strip();
    }
}
