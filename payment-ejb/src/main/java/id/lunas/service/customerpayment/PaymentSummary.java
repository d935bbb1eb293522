package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.girodeposit.GiroPlace;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the Customer Payment list, read straight from the columns it shows. */
public record PaymentSummary(String number, LocalDate paymentDate, String customerCode, String customerName,
                             PaymentMethod method, String bankAccountCode, BigDecimal amount, PaymentStatus status,
                             boolean overdue, LocalDate overdueSince, LocalDate resolvedDate, String giroNumber,
                             LocalDate giroEffectiveDate, LocalDate giroDepositDate, long version) {

    /** Where an Active giro's sheet is on {@code today}; null for any other payment. */
    public GiroPlace placeOn(LocalDate today) {
        return method == PaymentMethod.GIRO && status == PaymentStatus.ACTIVE ? GiroPlace.of(giroDepositDate, today)
                : null;
    }
}
