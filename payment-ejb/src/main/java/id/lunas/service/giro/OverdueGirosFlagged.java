package id.lunas.service.giro;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Raised after a scan committed newly overdue giros; observers notify people, never the scan's caller. */
public record OverdueGirosFlagged(LocalDate businessDate, int count, BigDecimal amount, List<String> paymentNumbers,
                                  int expiring, int expired) {
}
