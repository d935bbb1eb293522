package id.lunas.domain.bankstatement.reading;

/** Reads one bank's statement layout; refuses a file it cannot read whole. */
public interface StatementReader {

    StatementFile read(byte[] content);
}
