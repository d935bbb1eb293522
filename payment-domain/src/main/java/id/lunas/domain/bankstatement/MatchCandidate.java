package id.lunas.domain.bankstatement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What matching needs to know of an Active giro, an Active transfer awaiting clearing or an open
 * giro deposit; read in one query per kind for all the amounts of a statement, not per line.
 */
public record MatchCandidate(Kind kind, long id, String number, BigDecimal amount, String giroNumber,
                             LocalDate effectiveDate, LocalDate lastPresentationDate, String customerCode,
                             String customerName, LocalDate depositDate) {

    public enum Kind { GIRO, TRANSFER, DEPOSIT }

    public static MatchCandidate giro(long id, String number, BigDecimal amount, String giroNumber,
                                      LocalDate effectiveDate, LocalDate lastPresentationDate, String customerCode,
                                      String customerName) {
        return new MatchCandidate(Kind.GIRO, id, number, amount, giroNumber, effectiveDate, lastPresentationDate,
                customerCode, customerName, null);
    }

    public static MatchCandidate transfer(long id, String number, BigDecimal amount, String customerCode,
                                          String customerName) {
        return new MatchCandidate(Kind.TRANSFER, id, number, amount, null, null, null, customerCode, customerName,
                null);
    }

    public static MatchCandidate deposit(long id, String number, BigDecimal total, LocalDate depositDate) {
        return new MatchCandidate(Kind.DEPOSIT, id, number, total, null, null, null, null, null, depositDate);
    }

    /** A giro can clear on this day: on or after its effective date and inside its 70-day window. */
    boolean clearsOn(LocalDate day) {
        return !day.isBefore(effectiveDate) && (lastPresentationDate == null || !day.isAfter(lastPresentationDate));
    }
}
