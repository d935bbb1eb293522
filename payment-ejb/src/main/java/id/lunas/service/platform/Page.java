package id.lunas.service.platform;

import java.util.List;

/**
 * One page of a server-side paged list, with the total the pager needs. When {@code totalExact} is
 * false, more rows match than were counted and {@code totalItems} is a lower bound that still
 * reaches past this page, so a client that pages on while {@code (page + 1) * size < totalItems}
 * reads every row.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, boolean totalExact) {

    public Page(List<T> items, int page, int size, RowCount total) {
        this(items, page, size, total.atLeast(), total.exact());
    }

    public static <T> Page<T> exact(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems, true);
    }
}
