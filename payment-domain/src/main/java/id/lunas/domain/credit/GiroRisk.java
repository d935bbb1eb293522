package id.lunas.domain.credit;

import java.time.LocalDate;
import java.util.List;

/**
 * The giro risk of a customer or of a drawer's account on a day: its rejections for insufficient
 * funds ("kosong") in the six months up to that day, rolling from the rejected dates, and what
 * the thresholds make of their count.
 */
public record GiroRisk(LocalDate asOf, List<LocalDate> rejectedDates, RiskLevel level) {

    public static final int WINDOW_MONTHS = 6;

    /** The first rejected date that still counts on {@code day}: six months back, that day included. */
    public static LocalDate windowStart(LocalDate day) {
        return day.minusMonths(WINDOW_MONTHS);
    }

    /** Of {@code kosongDates} (any order, any age) the ones in the window, newest first, and their level. */
    public static GiroRisk of(LocalDate day, List<LocalDate> kosongDates, RiskThresholds thresholds) {
        LocalDate start = windowStart(day);
        List<LocalDate> counted = kosongDates.stream().filter(d -> !d.isBefore(start) && !d.isAfter(day))
                .sorted((a, b) -> b.compareTo(a)).toList();
        return new GiroRisk(day, counted, thresholds.levelOf(counted.size()));
    }

    public int count() {
        return rejectedDates.size();
    }
}
