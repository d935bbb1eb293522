package id.lunas.domain.bankstatement.reading;

/** The statement layouts Indonesian banks deliver, and which reader takes each. */
public enum StatementFormat {
    /** SWIFT MT940 (Bank Mandiri, BRI and most banks for corporate accounts). */
    MT940,
    /** KlikBCA Bisnis CSV download. */
    BCA_CSV,
    /** Bank Mandiri internet banking export, CSV or Excel. */
    MANDIRI_CSV,
    /** Any other bank's CSV or Excel, read with the column mapping saved for the bank account. */
    CSV
}
