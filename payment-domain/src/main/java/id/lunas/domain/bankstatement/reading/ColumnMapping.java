package id.lunas.domain.bankstatement.reading;

import id.lunas.domain.bankstatement.reading.StatementValues.Decimals;
import id.lunas.domain.shared.FieldChecks;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.Texts;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Which column of a bank's CSV or Excel download holds what, named by the captions of its header row
 * (compared without case, spaces and dots, so "Tgl. Val." and "tgl val" are one). Either a debit and
 * a credit column or one signed amount column; the value date, the reference and the balance are
 * optional. With a balance column every line's balance is checked against the one before it.
 */
public record ColumnMapping(String date, String valueDate, String description, String reference, String debit,
                            String credit, String amount, String balance, String dateFormat, Decimals decimals) {

    /** Bank Mandiri's internet banking export. */
    public static final ColumnMapping MANDIRI = new ColumnMapping("Tgl.", "Tgl. Val.", "Rincian Transaksi",
            "No. Referensi", "Debit", "Kredit", null, "Saldo", "d/M/uuuu", Decimals.AUTO);

    /** Checks a mapping someone typed for a bank account; every wrong field is named at once. */
    public static ColumnMapping checked(String date, String valueDate, String description, String reference,
                                        String debit, String credit, String amount, String balance,
                                        String dateFormat, Decimals decimals) {
        FieldChecks checks = new FieldChecks();
        String dateColumn = checks.check(() -> Texts.required("mapping.date", date, 60));
        String descriptionColumn = checks.check(() -> Texts.required("mapping.description", description, 60));
        String debitColumn = checks.check(() -> Texts.optional("mapping.debit", debit, 60));
        String creditColumn = checks.check(() -> Texts.optional("mapping.credit", credit, 60));
        String amountColumn = checks.check(() -> Texts.optional("mapping.amount", amount, 60));
        String format = checks.check(() -> Texts.required("mapping.dateFormat", dateFormat, 20));
        if (amountColumn == null && (debitColumn == null || creditColumn == null)) {
            checks.add(new FieldError("mapping.amount", "statementMapping.amountColumns"));
        }
        if (format != null) {
            try {
                DateTimeFormatter.ofPattern(format, Locale.ROOT);
            } catch (IllegalArgumentException e) {
                checks.add(new FieldError("mapping.dateFormat", "statementMapping.dateFormat", format));
            }
        }
        ColumnMapping mapping = new ColumnMapping(dateColumn, checks.check(() -> Texts.optional("mapping.valueDate", valueDate, 60)),
                descriptionColumn, checks.check(() -> Texts.optional("mapping.reference", reference, 60)), debitColumn,
                creditColumn, amountColumn, checks.check(() -> Texts.optional("mapping.balance", balance, 60)), format,
                decimals == null ? Decimals.AUTO : decimals);
        checks.refuseIfAny();
        return mapping;
    }

    static String key(String caption) {
        return caption == null ? "" : caption.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
    }
}
