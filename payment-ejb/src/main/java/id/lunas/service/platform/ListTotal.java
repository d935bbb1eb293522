package id.lunas.service.platform;

import id.lunas.domain.shared.Amounts;
import java.math.BigDecimal;
import java.util.List;

/**
 * How many rows a list's filter matches and how much money they hold, counted only up to a limit:
 * counting a quarter of a million Active giros exactly reads that many index entries on every page,
 * while nobody pages that far. Past the limit both figures are lower bounds ({@code exact} false).
 * {@code amount} is null for lists of no money.
 */
public record ListTotal(long atLeast, boolean exact, BigDecimal amount) {

    /** Beyond this many rows past the page asked for, lists say "more than" instead of counting on. */
    public static final int EXACT_COUNT_LIMIT = 10_000;

    public static ListTotal exactly(long count) {
        return new ListTotal(count, true, null);
    }

    /** The total of {@code firstAmounts}, which the query fetched with at most {@code limit + 1} rows. */
    public static ListTotal upTo(int limit, List<BigDecimal> firstAmounts) {
        List<BigDecimal> counted = firstAmounts.subList(0, Math.min(limit, firstAmounts.size()));
        return new ListTotal(firstAmounts.size(), firstAmounts.size() <= limit,
                counted.stream().reduce(Amounts.ZERO, BigDecimal::add).setScale(2));
    }
}
