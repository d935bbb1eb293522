package id.lunas.service.bankstatement;

import id.lunas.domain.bankstatement.BankStatement;
import id.lunas.domain.bankstatement.reading.StatementFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An imported statement as lists and its page show it. */
public record StatementSummary(long id, String bankAccountCode, String bankName, String accountNumber,
                               StatementFormat format, String reference, String fileName, LocalDate firstDate,
                               LocalDate lastDate, BigDecimal openingBalance, BigDecimal closingBalance,
                               BigDecimal creditTotal, BigDecimal debitTotal, int lineCount, int knownLineCount,
                               Instant importedAt, String importedBy) {

    static StatementSummary of(BankStatement s) {
        return new StatementSummary(s.getId(), s.getBankAccount().getCode(), s.getBankAccount().getBankName(),
                s.getBankAccount().getAccountNumber(), s.getFormat(), s.getReference(), s.getFileName(),
                s.getFirstDate(), s.getLastDate(), s.getOpeningBalance(), s.getClosingBalance(), s.getCreditTotal(),
                s.getDebitTotal(), s.getLineCount(), s.getKnownLineCount(), s.getCreatedAt(), s.getCreatedBy());
    }
}
