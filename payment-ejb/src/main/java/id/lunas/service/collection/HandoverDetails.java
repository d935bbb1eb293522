package id.lunas.service.collection;

import id.lunas.domain.collection.Handover;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A handover as its page, its receipt and {@code GET /api/handovers/{number}} show it. */
public record HandoverDetails(String number, String collector, LocalDate handoverDate, BigDecimal cashExpected,
                              BigDecimal cashCounted, BigDecimal cashDifference, String differenceReason,
                              int receivedCount, BigDecimal receivedAmount, int missingCount, BigDecimal missingAmount,
                              LocalDate shortageSettledDate, String shortageSettledBy, String shortageSettleNote,
                              Instant createdAt, String cashier, List<Line> lines) {

    /** One collection expected at the handover, and whether the cashier received it. */
    public record Line(ExpectedCollection collection, boolean received) {
    }

    static HandoverDetails of(Handover h, List<Line> lines) {
        return new HandoverDetails(h.getNumber(), h.getCollector(), h.getHandoverDate(), h.cash().expected(),
                h.cash().counted(), h.cash().difference(), h.getDifferenceReason(), h.getReceivedCount(),
                h.getReceivedAmount().setScale(2), h.getMissingCount(), h.getMissingAmount().setScale(2),
                h.getShortageSettledDate(), h.getShortageSettledBy(), h.getShortageSettleNote(), h.getCreatedAt(),
                h.getCreatedBy(), lines);
    }

    public List<Line> received() {
        return lines.stream().filter(Line::received).toList();
    }

    public List<Line> missing() {
        return lines.stream().filter(line -> !line.received()).toList();
    }
}
