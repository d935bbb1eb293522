package id.lunas.domain.shared;

import java.util.List;

/** Missing, malformed or out-of-range fields: nothing about the state of the books. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors), errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid";
    }
}
