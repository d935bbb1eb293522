package id.lunas.platform;

import java.util.List;

/** One page of a server-side paged list, with the total the pager needs. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {
}
