package id.lunas.service.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A handover as the cashier saves it: every collection they were shown as expected ({@code
 * payments}), the cash they counted, and which of the giros and transfers they received (cash
 * collections are received as one count).
 */
public record HandoverRequest(String collector, LocalDate handoverDate, BigDecimal cashCounted,
                              String differenceReason, List<String> payments, List<String> received) {

    public HandoverRequest {
        payments = payments == null ? List.of() : List.copyOf(payments);
        received = received == null ? List.of() : List.copyOf(received);
    }
}
