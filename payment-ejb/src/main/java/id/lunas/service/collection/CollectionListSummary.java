package id.lunas.service.collection;

import id.lunas.domain.collection.CollectionListStatus;
import java.time.LocalDate;

/** A collection list as the list of lists shows it. */
public record CollectionListSummary(String number, String collector, LocalDate listDate, CollectionListStatus status,
                                    int invoiceCount, String createdBy) {

    public CollectionListSummary(String number, String collector, LocalDate listDate, CollectionListStatus status,
                                 long invoiceCount, String createdBy) {
        this(number, collector, listDate, status, (int) invoiceCount, createdBy);
    }
}
