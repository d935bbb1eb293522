package id.lunas.service.collection;

import java.time.LocalDate;
import java.util.List;

/** A new collection list: whose, for which day, and the invoices (by number) to collect. */
public record CollectionListRequest(String collector, LocalDate listDate, List<String> invoiceNumbers) {

    public CollectionListRequest {
        invoiceNumbers = invoiceNumbers == null ? List.of() : List.copyOf(invoiceNumbers);
    }
}
