package id.lunas.service.dashboard;

import id.lunas.domain.girodeposit.GiroPlace;
import java.math.BigDecimal;

/** How many Active giros, and how much, are in one place: in the safe, at the bank today, clearing. */
public record GiroPlaceTotal(GiroPlace place, long count, BigDecimal amount) {

    public GiroPlaceTotal {
        amount = amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }
}
