package id.lunas.domain.customerpayment;

import id.lunas.domain.collection.CashCount;
import id.lunas.domain.collection.Handover;
import id.lunas.domain.credit.GiroCheck;
import id.lunas.domain.shared.Amounts;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A collector's handover, all of it or nothing: the cash counted against the Pending cash
 * collections (every cash collection is received; the difference is the collector's), each other
 * collection received or not as the cashier ticked it. Received collections are confirmed as the
 * Confirm action confirms them; the others stay Pending and are flagged. A refusal names every
 * collection that stopped it.
 */
public final class HandingOver {

    private HandingOver() {
    }

    /**
     * Counts {@code collections} (the ones the cashier was shown) onto {@code handover}: cash as
     * counted, the others received when their number is in {@code receivedNumbers}. Returns the
     * handover's lines, to be saved with it.
     */
    public static List<HandoverLine> handOver(Handover handover, List<CustomerPayment> collections,
                                              Set<String> receivedNumbers, BigDecimal cashCounted,
                                              String differenceReason, ChangeContext change) {
        return handOver(handover, collections, receivedNumbers, cashCounted, differenceReason, change,
                collection -> GiroCheck.ALLOW);
    }

    /** As above, each collection confirmed under its customer's giro mode now ({@code checks}). */
    public static List<HandoverLine> handOver(Handover handover, List<CustomerPayment> collections,
                                              Set<String> receivedNumbers, BigDecimal cashCounted,
                                              String differenceReason, ChangeContext change,
                                              Function<CustomerPayment, GiroCheck> checks) {
        if (collections.isEmpty()) {
            throw new InvalidInputException("collections", "handover.nothingToHandOver", handover.getCollector());
        }
        Refusals.refuseAny(collections, collection -> collection.handoverRefusal(handover.getCollector(),
                handover.getHandoverDate()));
        handover.count(CashCount.counted(expectedCash(collections), cashCounted), differenceReason);
        List<HandoverLine> lines = new ArrayList<>();
        for (CustomerPayment collection : collections) {
            boolean received = collection.getMethod() == PaymentMethod.CASH
                    || receivedNumbers.contains(collection.getNumber());
            if (received) {
                collection.handOverIn(handover, change, checks.apply(collection));
                handover.received(collection.getAmount());
            } else {
                collection.missedIn(handover, change);
                handover.missing(collection.getAmount());
            }
            lines.add(new HandoverLine(handover, collection, received));
        }
        return lines;
    }

    /** What the cash collections add up to: what the collector should hand over in notes and coins. */
    public static BigDecimal expectedCash(List<CustomerPayment> collections) {
        return collections.stream().filter(c -> c.getMethod() == PaymentMethod.CASH).map(CustomerPayment::getAmount)
                .reduce(Amounts.ZERO, BigDecimal::add);
    }
}
