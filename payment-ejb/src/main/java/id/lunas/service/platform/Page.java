package id.lunas.service.platform;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a server-side paged list, with the totals the pager and the footer need. When
 * {@code totalExact} is false, more rows match than were counted and {@code totalItems} (and
 * {@code totalAmount}) are lower bounds that still reach past this page, so a client that pages on
 * while {@code (page + 1) * size < totalItems} reads every row. {@code totalAmount} is the money of
 * all matching rows, for lists of payments.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, boolean totalExact, BigDecimal totalAmount) {

    public Page(List<T> items, int page, int size, ListTotal total) {
        this(items, page, size, total.atLeast(), total.exact(), total.amount());
    }

    /** The same page and totals, each row shown another way (an answer's body in the reader's language). */
    public <R> Page<R> map(Function<T, R> row) {
        return new Page<>(items.stream().map(row).toList(), page, size, totalItems, totalExact, totalAmount);
    }

    public static <T> Page<T> exact(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), ListTotal.exactly(totalItems));
    }
}
