package id.lunas.service.giro;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded run of the overdue-giro scan. */
public record GiroScanView(long id, LocalDate businessDate, ScanTrigger trigger, String triggeredBy,
                           Instant startedAt, Instant finishedAt, ScanOutcome outcome, Integer newlyFlagged,
                           Integer expiring, Integer expired, Integer statements, String error) {
}
