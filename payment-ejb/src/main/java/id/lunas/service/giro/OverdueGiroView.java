package id.lunas.service.giro;

import id.lunas.domain.giro.GiroWatch;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An Active giro that needs attention: overdue, expiring or expired. */
public record OverdueGiroView(String number, String customerCode, String customerName, BigDecimal amount,
                              String giroNumber, String drawerBank, LocalDate effectiveDate,
                              LocalDate lastPresentationDate, LocalDate overdueSince, Long daysOverdue,
                              long daysToExpiry, GiroWatch.WindowState window) {
}
