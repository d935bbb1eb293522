package id.lunas.service.collection;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A handover as the list of handovers shows it. */
public record HandoverSummary(String number, String collector, LocalDate handoverDate, BigDecimal cashExpected,
                              BigDecimal cashCounted, BigDecimal cashDifference, int receivedCount,
                              BigDecimal receivedAmount, int missingCount, LocalDate shortageSettledDate,
                              String cashier) {
}
