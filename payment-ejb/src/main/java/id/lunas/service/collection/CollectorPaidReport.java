package id.lunas.service.collection;

import id.lunas.domain.customerpayment.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A/R paid by collector over a period: per collector what they handed over, by method, with the
 * cash shortages and surpluses of their handovers; and the totals of all of them.
 */
public record CollectorPaidReport(LocalDate from, LocalDate to, List<Row> collectors, Row totals) {

    /** One collector's figures (the totals row has no collector). */
    public record Row(String collector, int handovers, Map<PaymentMethod, BigDecimal> amounts, BigDecimal total,
                      BigDecimal shortage, BigDecimal surplus) {
    }
}
