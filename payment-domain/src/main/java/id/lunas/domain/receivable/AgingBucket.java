package id.lunas.domain.receivable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How late an invoice's money is on a day, by days past its due date: accounting's five columns. */
public enum AgingBucket {
    NOT_DUE(Long.MIN_VALUE, 0), DAYS_1_30(1, 30), DAYS_31_60(31, 60), DAYS_61_90(61, 90), OVER_90(91, Long.MAX_VALUE);

    private final long firstDay;
    private final long lastDay;

    AgingBucket(long firstDay, long lastDay) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public static AgingBucket of(LocalDate dueDate, LocalDate asOf) {
        long late = ChronoUnit.DAYS.between(dueDate, asOf);
        for (AgingBucket bucket : values()) {
            if (late >= bucket.firstDay && late <= bucket.lastDay) {
                return bucket;
            }
        }
        throw new IllegalStateException("no bucket for " + late + " days");
    }

    /** The earliest due date in this bucket on {@code asOf}; null for the open-ended oldest one. */
    public LocalDate earliestDueDate(LocalDate asOf) {
        return lastDay == Long.MAX_VALUE ? null : asOf.minusDays(lastDay);
    }

    /** The latest due date in this bucket on {@code asOf}; null for money not due yet (any later date). */
    public LocalDate latestDueDate(LocalDate asOf) {
        return firstDay == Long.MIN_VALUE ? null : asOf.minusDays(firstDay);
    }
}
