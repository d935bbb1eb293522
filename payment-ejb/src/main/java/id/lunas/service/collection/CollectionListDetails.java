package id.lunas.service.collection;

import id.lunas.domain.collection.CollectionListStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A collection list with, per invoice, what it owed when the list was made, what was collected
 * against it (collections naming the list that are not cancelled) and what remains.
 */
public record CollectionListDetails(String number, String collector, LocalDate listDate, CollectionListStatus status,
                                    LocalDate completedDate, BigDecimal outstanding, BigDecimal collected,
                                    BigDecimal remain, Instant createdAt, String createdBy, List<Line> lines) {

    /** One invoice of the list. */
    public record Line(String invoiceNumber, String customerCode, String customerName, LocalDate dueDate,
                       BigDecimal outstanding, BigDecimal collected, BigDecimal remain) {
    }
}
