package id.lunas.domain.shared;

import java.time.YearMonth;

/**
 * The numbered documents Lunas issues, each on its own counter per month: payments
 * {@code PR-230800811}, giro deposits {@code SG-230800001}, collection lists {@code SC-230800001},
 * handovers (serah terima) {@code ST-230800001}; five digits a month.
 */
public enum DocumentSeries {
    PAYMENT("PR", "paymentDate", "payment.numbersExhausted"),
    GIRO_DEPOSIT("SG", "depositDate", "deposit.numbersExhausted"),
    COLLECTION_LIST("SC", "listDate", "collectionList.numbersExhausted"),
    HANDOVER("ST", "handoverDate", "handover.numbersExhausted");

    public static final int MAX_SEQUENCE = 99_999;

    private final String prefix;
    private final String dateField;
    private final String exhaustedCode;

    DocumentSeries(String prefix, String dateField, String exhaustedCode) {
        this.prefix = prefix;
        this.dateField = dateField;
        this.exhaustedCode = exhaustedCode;
    }

    /** The key a month's counter is kept under, e.g. {@code 2308}. */
    public static String period(YearMonth month) {
        return String.format("%02d%02d", month.getYear() % 100, month.getMonthValue());
    }

    public String format(YearMonth month, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new RuleViolationException(dateField, exhaustedCode, month, MAX_SEQUENCE);
        }
        return prefix + "-" + period(month) + String.format("%05d", sequence);
    }

    public String prefix() {
        return prefix;
    }
}
