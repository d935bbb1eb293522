package id.lunas.domain.bankstatement.reading;

import id.lunas.domain.shared.InvalidInputException;

/** The reader for a format; the generic CSV needs the mapping saved for the bank account. */
public final class StatementReaders {

    private StatementReaders() {
    }

    public static StatementReader of(StatementFormat format, ColumnMapping savedMapping) {
        return switch (format) {
            case MT940 -> new Mt940Reader();
            case BCA_CSV -> new BcaCsvReader();
            case MANDIRI_CSV -> new MappedSheetReader(ColumnMapping.MANDIRI);
            case CSV -> {
                if (savedMapping == null) {
                    throw new InvalidInputException("format", "statement.noMapping");
                }
                yield new MappedSheetReader(savedMapping);
            }
        };
    }
}
