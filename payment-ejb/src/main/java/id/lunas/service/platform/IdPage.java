package id.lunas.service.platform;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a long list read in two steps: the matching ids in the list's order along an index,
 * at most {@link ListTotal#EXACT_COUNT_LIMIT} past the page (which also counts the list, exactly up to
 * there), then only the page's rows with what they join. Reading whole rows to count them would
 * cost as many reads as the list is long.
 */
public final class IdPage {

    private final List<Long> matching;
    private final PageRequest page;
    private final int limit;

    private IdPage(List<Long> matching, PageRequest page, int limit) {
        this.matching = matching;
        this.page = page;
        this.limit = limit;
    }

    /** Runs {@code ids}, a query of ids in the list's order. */
    public static IdPage read(TypedQuery<Long> ids, PageRequest page) {
        int limit = page.offset() + page.size() + ListTotal.EXACT_COUNT_LIMIT;
        return new IdPage(ids.setMaxResults(limit + 1).getResultList(), page, limit);
    }

    /** The page's ids, in the list's order. */
    public List<Long> shown() {
        return matching.subList(Math.min(page.offset(), matching.size()),
                Math.min(page.offset() + page.size(), matching.size()));
    }

    /** The page, its rows read by {@code rows} for the {@link #shown} ids (not called when there are none). */
    public <T> Page<T> rows(Function<List<Long>, List<T>> rows) {
        List<Long> shown = shown();
        return new Page<>(shown.isEmpty() ? List.of() : rows.apply(shown), page.page(), page.size(),
                new ListTotal(Math.min(matching.size(), limit), matching.size() <= limit, null));
    }
}
