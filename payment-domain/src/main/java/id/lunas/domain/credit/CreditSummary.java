package id.lunas.domain.credit;

import java.math.BigDecimal;

/** A customer's credit in one line, as the customer list shows it beside each customer. */
public record CreditSummary(BigDecimal exposure, BigDecimal creditLimit, boolean overLimit, int kosongInWindow,
                            RiskLevel riskLevel, CreditMode mode) {
}
