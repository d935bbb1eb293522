package id.lunas.domain.bankstatement;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Business days for clearing (SKNBI clears Monday to Friday). Public holidays are not known to Lunas,
 * so a count across one reads a day short: the reconciliation then flags a giro a day early, never late.
 */
public final class ClearingDays {

    private ClearingDays() {
    }

    /** The day {@code days} business days before {@code day}. */
    public static LocalDate before(LocalDate day, int days) {
        LocalDate result = day;
        int left = days;
        while (left > 0) {
            result = result.minusDays(1);
            if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return result;
    }
}
