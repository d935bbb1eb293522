package id.lunas.service.giro;

import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.girodeposit.GiroPlace;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An Active giro that needs attention: overdue, expiring or expired; {@code place} tells whether it
 * is still in the safe or already at the bank (on {@code depositNumber}).
 */
public record OverdueGiroView(String number, String customerCode, String customerName, BigDecimal amount,
                              String giroNumber, String drawerBank, LocalDate effectiveDate,
                              LocalDate lastPresentationDate, LocalDate overdueSince, Long daysOverdue,
                              long daysToExpiry, GiroWatch.WindowState window, GiroPlace place,
                              String depositNumber) {
}
