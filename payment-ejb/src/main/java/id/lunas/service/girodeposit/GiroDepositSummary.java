package id.lunas.service.girodeposit;

import id.lunas.domain.girodeposit.GiroDepositStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the deposits list. */
public record GiroDepositSummary(String number, String bankAccountCode, String bankName, LocalDate depositDate,
                                 GiroDepositStatus status, int giroCount, BigDecimal totalAmount,
                                 LocalDate closedDate, String createdBy) {
}
