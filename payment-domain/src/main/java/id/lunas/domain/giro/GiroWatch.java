package id.lunas.domain.giro;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a giro that has not cleared needs attention. It is <em>overdue</em> once its effective
 * date plus the grace period lies before today; <em>expiring</em> when its 70-day window ends
 * within the warning period; <em>expired</em> once the window has ended (it can no longer clear).
 * The scan turns these into set-based conditions on dates, so each is also given as a cut-off.
 */
public record GiroWatch(int graceDays, int warningDays) {

    public GiroWatch {
        if (graceDays < 0 || warningDays < 0) {
            throw new IllegalArgumentException("Grace and warning periods are whole days, 0 or more");
        }
    }

    /** Giros with an effective date before this day are overdue today. */
    public LocalDate overdueIfEffectiveBefore(LocalDate today) {
        return today.minusDays(graceDays);
    }

    public boolean isOverdue(Giro giro, LocalDate today) {
        return giro.getEffectiveDate().isBefore(overdueIfEffectiveBefore(today));
    }

    /** The first day a giro with this effective date counts as overdue. */
    public LocalDate overdueSince(LocalDate effectiveDate) {
        return effectiveDate.plusDays(daysFromEffectiveToOverdue());
    }

    /** How many days after its effective date a giro's first overdue day is. */
    public long daysFromEffectiveToOverdue() {
        return graceDays + 1L;
    }

    /** Days overdue, counting the first overdue day as 1. */
    public long daysOverdue(LocalDate overdueSince, LocalDate today) {
        return ChronoUnit.DAYS.between(overdueSince, today) + 1;
    }

    /** Giros issued before this day have expired by today. */
    public LocalDate expiredIfIssuedBefore(LocalDate today) {
        return today.minusDays(Giro.PRESENTATION_WINDOW_DAYS);
    }

    /** Giros issued on or before this day (and not expired) are expiring today. */
    public LocalDate expiringIfIssuedOnOrBefore(LocalDate today) {
        return today.plusDays(warningDays).minusDays(Giro.PRESENTATION_WINDOW_DAYS);
    }

    public WindowState windowState(Giro giro, LocalDate today) {
        if (giro.isExpiredOn(today)) {
            return WindowState.EXPIRED;
        }
        return giro.getIssueDate().isAfter(expiringIfIssuedOnOrBefore(today)) ? WindowState.OPEN : WindowState.EXPIRING;
    }

    public enum WindowState {
        /** Can still be presented for a while. */
        OPEN,
        /** Its window ends within the warning period: present it now. */
        EXPIRING,
        /** Void: it can no longer clear; reject or cancel the payment. */
        EXPIRED
    }
}
