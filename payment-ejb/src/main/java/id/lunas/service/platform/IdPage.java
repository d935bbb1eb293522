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

    private IdPage(List<Long> matching, PageRequest page) {
        this.matching = matching;
        this.page = page;
    }

    /** Runs {@code ids}, a query of ids in the list's order. */
    public static IdPage read(TypedQuery<Long> ids, PageRequest page) {
        return new IdPage(ids.setMaxResults(counted(page) + 1).getResultList(), page);
    }

    /** How many ids are counted exactly: the pages up to this one and the limit past it. */
    private static int counted(PageRequest page) {
        return page.offset() + page.size() + ListTotal.EXACT_COUNT_LIMIT;
    }

    private List<Long> shown() {
        return matching.subList(Math.min(page.offset(), matching.size()),
                Math.min(page.offset() + page.size(), matching.size()));
    }

    /** The page, counted, its rows read by {@code rows} for the page's ids (not called when there are none). */
    public <T> Page<T> rows(Function<List<Long>, List<T>> rows) {
        List<Long> shown = shown();
        int limit = counted(page);
        return new Page<>(shown.isEmpty() ? List.of() : rows.apply(shown), page.page(), page.size(),
                new ListTotal(Math.min(matching.size(), limit), matching.size() <= limit, null));
    }
}
