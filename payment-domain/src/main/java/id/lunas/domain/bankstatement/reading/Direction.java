package id.lunas.domain.bankstatement.reading;

/** Which way the money moved on the company's account. */
public enum Direction {
    /** Money in: a cleared giro, a transfer, a deposit's total. */
    CREDIT,
    /** Money out: fees, transfers between own accounts, a returned giro charged back. */
    DEBIT
}
