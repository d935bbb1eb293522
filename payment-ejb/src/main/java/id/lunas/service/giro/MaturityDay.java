package id.lunas.service.giro;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Active giros that become presentable on one day. */
public record MaturityDay(LocalDate effectiveDate, long count, BigDecimal amount) {
}
