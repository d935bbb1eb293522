package id.lunas.service.collection;

import id.lunas.domain.customerpayment.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a collector should hand over on a day: their Pending collections not yet handed over, the
 * cash as one total and each giro sheet and transfer on its own, oldest first.
 */
public record ExpectedHandover(String collector, LocalDate handoverDate, BigDecimal cashExpected, int cashCount,
                               List<ExpectedCollection> collections) {

    public List<ExpectedCollection> cash() {
        return of(PaymentMethod.CASH);
    }

    public List<ExpectedCollection> giros() {
        return of(PaymentMethod.GIRO);
    }

    private List<ExpectedCollection> of(PaymentMethod method) {
        return collections.stream().filter(c -> c.method() == method).toList();
    }
}
