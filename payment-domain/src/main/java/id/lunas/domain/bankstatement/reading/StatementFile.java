package id.lunas.domain.bankstatement.reading;

import id.lunas.domain.shared.Amounts;
import id.lunas.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a statement file says: whose account, which statement (the bank's reference where the format
 * has one), the period, the balances where the format carries them, and the lines. A file whose
 * opening balance plus its lines does not give its closing balance is not the bank's statement
 * (cut, edited or misread) and is refused whole.
 */
public record StatementFile(String accountNumber, String reference, BigDecimal openingBalance,
                            BigDecimal closingBalance, List<StatementEntry> entries) {

    public StatementFile {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new InvalidInputException("file", "statement.noLines");
        }
        if (openingBalance != null && closingBalance != null) {
            BigDecimal computed = openingBalance.add(entries.stream().map(StatementEntry::signedAmount)
                    .reduce(Amounts.ZERO, BigDecimal::add));
            if (computed.compareTo(closingBalance) != 0) {
                throw new InvalidInputException("file", "statement.unbalanced", openingBalance,
                        total(entries, Direction.CREDIT), total(entries, Direction.DEBIT), computed, closingBalance);
            }
        }
    }

    private static BigDecimal total(List<StatementEntry> entries, Direction direction) {
        return entries.stream().filter(e -> e.direction() == direction).map(StatementEntry::amount)
                .reduce(Amounts.ZERO, BigDecimal::add);
    }

    public BigDecimal credits() {
        return total(entries, Direction.CREDIT);
    }

    public BigDecimal debits() {
        return total(entries, Direction.DEBIT);
    }

    public LocalDate firstDate() {
        return entries.stream().map(StatementEntry::valueDate).min(Comparator.naturalOrder()).orElseThrow();
    }

    public LocalDate lastDate() {
        return entries.stream().map(StatementEntry::valueDate).max(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * Whether the file is for this account: banks write the number with a bank code in front, with
     * dots or dashes, so only the digits are compared and the file's may carry a prefix.
     */
    public boolean isFor(String companyAccountNumber) {
        if (accountNumber == null) {
            return true;
        }
        String ours = digits(companyAccountNumber);
        String theirs = digits(accountNumber);
        return !ours.isEmpty() && theirs.endsWith(ours);
    }

    static String digits(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }
}
