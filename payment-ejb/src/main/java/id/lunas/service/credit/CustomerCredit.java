package id.lunas.service.credit;

import id.lunas.domain.credit.CreditMode;
import id.lunas.domain.credit.RiskLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What to know about a customer before accepting the next giro: the exposure against the credit
 * limit, the "kosong" rejections in the six-month window, of the customer and of each account
 * its giros are drawn on, and the giro mode a new giro meets: the override a finance manager set
 * (with the reason), or the one the customer's risk calls for.
 */
public record CustomerCredit(String customerCode, String customerName, BigDecimal creditLimit,
                             BigDecimal outstandingInvoices, BigDecimal activeGiros, BigDecimal pendingCollections,
                             BigDecimal exposure, boolean overLimit, BigDecimal headroom, LocalDate windowStart,
                             int kosongInWindow, RiskLevel riskLevel, CreditMode mode, boolean modeOverridden,
                             String modeReason, List<Rejection> rejections, List<DrawerAccountRisk> drawerAccounts) {

    /** One "kosong" rejection in the window. */
    public record Rejection(String paymentNumber, String giroNumber, String drawerBank, String drawerAccount,
                            BigDecimal amount, LocalDate rejectedDate) {
    }

    /** An account this customer's giros are drawn on, with its "kosong" rejections (any customer's) in the window. */
    public record DrawerAccountRisk(String drawerAccount, int kosongInWindow, RiskLevel riskLevel) {
    }

    /** The riskier of the customer's own count and its worst drawer account's. */
    public RiskLevel worstLevel() {
        return drawerAccounts.stream().map(DrawerAccountRisk::riskLevel)
                .reduce(riskLevel, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
}
