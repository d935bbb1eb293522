package id.lunas.service.girodeposit;

import id.lunas.service.platform.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What can be taken to the bank on {@code depositDate}: per company bank account how many giros
 * and how much, and one page of the giros of the chosen account (or of all, account by account),
 * those whose window ends soonest first.
 */
public record DepositCandidates(LocalDate depositDate, List<AccountTotal> accounts, Page<CandidateGiro> giros) {

    /** {@code exact} false: more giros wait than were counted, and the count and total are lower bounds. */
    public record AccountTotal(String bankAccountCode, String bankName, String accountNumber, long giroCount,
                               BigDecimal totalAmount, boolean exact) {
    }

    /** {@code windowEnding} marks a giro whose 70-day window ends within the warning period. */
    public record CandidateGiro(String paymentNumber, String bankAccountCode, String customerCode,
                                String customerName, String giroNumber, String drawerBank, String drawerName,
                                LocalDate effectiveDate, LocalDate lastPresentationDate, BigDecimal amount,
                                boolean windowEnding) {
    }
}
