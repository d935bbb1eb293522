package id.lunas.domain.girodeposit;

import java.time.LocalDate;

/**
 * Where the sheet of an Active giro is, shown beside its status: in the safe, at the bank since
 * today, or at the bank and clearing since an earlier day.
 */
public enum GiroPlace {
    IN_HAND, DEPOSITED, IN_CLEARING;

    /** {@code depositDate} is the date of the deposit the giro is on, or null while it is in hand. */
    public static GiroPlace of(LocalDate depositDate, LocalDate today) {
        if (depositDate == null) {
            return IN_HAND;
        }
        return depositDate.isBefore(today) ? IN_CLEARING : DEPOSITED;
    }
}
