package id.lunas.web.platform.api;

import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the text fields of a request into typed values, collecting every problem so the client
 * hears about all of them at once; {@link #check()} refuses the request if there were any. It only
 * reads: whether a field is required, or a date acceptable, is the services' rule.
 */
public final class Fields {

    private final List<FieldError> errors = new ArrayList<>();

    public LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "input.notDate", value));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "input.notChoice", value, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    public Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "input.notWholeNumber", value));
            return null;
        }
    }

    public Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError(field, "input.notBoolean", value));
                yield null;
            }
        };
    }

    public void require(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "input.bodyRequired");
        }
    }

    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
