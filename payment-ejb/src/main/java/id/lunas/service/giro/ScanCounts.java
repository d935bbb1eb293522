package id.lunas.service.giro;

import java.math.BigDecimal;
import java.util.List;

/** What one scan found, and how many SQL statements it took to find it. */
public record ScanCounts(ScanOutcome outcome, int newlyFlagged, BigDecimal flaggedAmount, List<String> flaggedNumbers,
                         int expiring, int expired, int statements) {
}
