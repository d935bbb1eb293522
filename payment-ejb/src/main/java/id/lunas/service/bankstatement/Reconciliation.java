package id.lunas.service.bankstatement;

import id.lunas.service.platform.Page;
import java.time.LocalDate;

/**
 * One bank account against its statements: the last statement date, credits nobody has matched yet,
 * and Active giros whose effective date lies {@code businessDays} business days or more before the
 * last statement date with no line proposed for them.
 */
public record Reconciliation(String bankAccountCode, LocalDate lastStatementDate, int businessDays,
                             LocalDate effectiveOnOrBefore, Page<StatementLineView> unmatchedCredits,
                             Page<StaleGiro> staleGiros) {
}
