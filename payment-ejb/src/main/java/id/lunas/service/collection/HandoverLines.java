package id.lunas.service.collection;

import id.lunas.domain.collection.Handover;
import id.lunas.domain.customerpayment.HandoverLine;
import java.util.List;

/** A handover with its lines, as every reader of one sees it. */
final class HandoverLines {

    private HandoverLines() {
    }

    /** The receipt counts a collection's days to the handover, so a reprint next month says the same. */
    static HandoverDetails details(Handover handover, List<HandoverLine> lines) {
        return HandoverDetails.of(handover, lines.stream().map(line -> new HandoverDetails.Line(
                ExpectedCollection.of(line.getPayment(), handover.getHandoverDate()), line.isReceived())).toList());
    }
}
