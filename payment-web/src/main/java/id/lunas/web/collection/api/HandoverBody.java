package id.lunas.web.collection.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON of {@code POST /api/handovers}: every collection the cashier was shown as expected
 * ({@code payments}), the cash counted, and the giros and transfers received.
 */
public record HandoverBody(String collector, String handoverDate, BigDecimal cashCounted, String differenceReason,
                           List<String> payments, List<String> received) {
}
