package id.lunas.service.platform;

import java.util.List;

/**
 * How many rows match, counted only up to a limit: counting a quarter of a million Active giros
 * exactly reads that many index entries on every page, while nobody pages that far.
 */
public record RowCount(long atLeast, boolean exact) {

    /** Counts found in {@code firstIds}, which the query fetched with at most {@code limit + 1} rows. */
    public static RowCount upTo(int limit, List<?> firstIds) {
        return new RowCount(firstIds.size(), firstIds.size() <= limit);
    }
}
