package id.lunas.domain.bankstatement.reading;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a bank statement as the bank wrote it. {@code sourceLine} is the line of the file it
 * starts on, so a person can find it in the bank's own file; {@code amount} is positive and
 * {@code direction} says which way it went.
 */
public record StatementEntry(int sourceLine, LocalDate bookingDate, LocalDate valueDate, Direction direction,
                             BigDecimal amount, String description, String reference) {

    /** The amount as it moves the balance: credits add, debits take away. */
    public BigDecimal signedAmount() {
        return direction == Direction.CREDIT ? amount : amount.negate();
    }
}
