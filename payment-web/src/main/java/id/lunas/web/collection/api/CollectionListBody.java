package id.lunas.web.collection.api;

import java.util.List;

/** The JSON of {@code POST /api/collection-lists}: whose list, for which day, which invoices. */
public record CollectionListBody(String collector, String listDate, List<String> invoices) {
}
