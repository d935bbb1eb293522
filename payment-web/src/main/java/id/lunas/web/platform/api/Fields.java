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
 * hears about all of them at once; {@link #check()} refuses the request if there were any.
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
            errors.add(new FieldError(field, "'" + value + "' is not a date; use yyyy-MM-dd, e.g. 2023-08-22"));
            return null;
        }
    }

    public LocalDate requiredDate(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, label + " is required"));
            return null;
        }
        return date(field, value);
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    public <E extends Enum<E>> E requiredChoice(String field, String label, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, label + " is required"));
            return null;
        }
        return choice(field, type, value);
    }

    public Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a whole number"));
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
                errors.add(new FieldError(field, "'" + value + "' is not true or false"));
                yield null;
            }
        };
    }

    public void require(Object body, String what) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON body describing the " + what + " is required");
        }
    }

    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
