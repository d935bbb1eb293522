package id.lunas.service.platform;

import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * A requested page: zero-based index and a size between 1 and {@value #MAX_SIZE}; its first row lies
 * no further than {@value #MAX_OFFSET} rows in (beyond that, narrow the filter).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final int MAX_OFFSET = 100_000_000;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "page.negative", (long) page));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "page.size", (long) MAX_SIZE, (long) size));
        } else if (page >= 0 && (long) page * size > MAX_OFFSET) {
            errors.add(new FieldError("page", "page.tooFar", (long) page, (long) MAX_OFFSET));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
