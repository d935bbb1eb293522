package id.lunas.domain.credit;

import java.math.BigDecimal;

/**
 * What a customer owes and what is not yet money: invoices still outstanding, giros not yet
 * cleared and field collections not yet confirmed; against the credit limit the ERP set, if any.
 */
public record CreditExposure(BigDecimal outstandingInvoices, BigDecimal activeGiros, BigDecimal pendingCollections,
                             BigDecimal creditLimit) {

    public CreditExposure {
        outstandingInvoices = outstandingInvoices.setScale(2);
        activeGiros = activeGiros.setScale(2);
        pendingCollections = pendingCollections.setScale(2);
        creditLimit = creditLimit == null ? null : creditLimit.setScale(2);
    }

    public BigDecimal total() {
        return outstandingInvoices.add(activeGiros).add(pendingCollections);
    }

    public boolean overLimit() {
        return creditLimit != null && total().compareTo(creditLimit) > 0;
    }

    /** What may still be owed before the limit; negative when over it, none without a limit. */
    public BigDecimal headroom() {
        return creditLimit == null ? null : creditLimit.subtract(total());
    }
}
