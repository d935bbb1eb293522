package id.lunas.service.bankstatement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An Active giro the statements should have credited by now: likely rejected or lost. */
public record StaleGiro(String number, String customerCode, String customerName, String giroNumber,
                        BigDecimal amount, LocalDate effectiveDate, String depositNumber) {
}
