package id.lunas.service.collection;

import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A collection as a handover shows it: for a giro sheet its number and drawer bank, how many days
 * ago it was collected, and since when it has been missing from handovers, if it has.
 */
public record ExpectedCollection(String paymentNumber, String customerCode, String customerName,
                                 LocalDate paymentDate, PaymentMethod method, BigDecimal amount, String giroNumber,
                                 String drawerBank, PaymentStatus status, long daysSinceCollected,
                                 LocalDate missedOn) {

    static ExpectedCollection of(CustomerPayment p, LocalDate today) {
        return new ExpectedCollection(p.getNumber(), p.getCustomer().getCode(), p.getCustomer().getName(),
                p.getPaymentDate(), p.getMethod(), p.getAmount().setScale(2),
                p.getGiro() == null ? null : p.getGiro().getNumber(),
                p.getGiro() == null ? null : p.getGiro().getDrawerBank(), p.getStatus(),
                Math.max(0, ChronoUnit.DAYS.between(p.getPaymentDate(), today)), p.getHandoverMissedOn());
    }
}
