package id.lunas.service.collection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A collector's money not yet in the office: Pending collections not handed over (with the oldest
 * one's date, flagged once it has waited longer than the setting allows) and shortages not settled.
 */
public record CollectorBalance(String collector, int pendingCount, BigDecimal pendingAmount,
                               LocalDate oldestCollected, long oldestWaitingDays, boolean flagged,
                               int openShortages, BigDecimal shortageAmount) {
}
