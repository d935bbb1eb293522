package id.lunas.service.giro;

import id.lunas.domain.customerpayment.RejectionReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The giro register of a period: giros received, cleared, rejected (by the bank's reason) and
 * cancelled in it, and of those received by its end, the ones still Active now, in hand or at the
 * bank, and those whose window has ended without clearing.
 */
public record GiroRegister(LocalDate from, LocalDate to, Figure received, Figure cleared, Figure rejected,
                           List<Rejected> rejectedByReason, Figure cancelled, Figure activeInHand,
                           Figure activeAtBank, Figure expired) {

    public record Figure(long count, BigDecimal amount) {

        public Figure {
            amount = amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
        }
    }

    public record Rejected(RejectionReason reason, Figure figure) {
    }
}
