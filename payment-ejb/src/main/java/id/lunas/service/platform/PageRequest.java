package id.lunas.service.platform;

import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** A requested page: zero-based index and a size between 1 and {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "Page must be 0 or more, not " + page));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "Page size must be between 1 and " + MAX_SIZE + ", not " + size));
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
