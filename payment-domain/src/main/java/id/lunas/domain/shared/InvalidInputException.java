package id.lunas.domain.shared;

import java.util.List;

/** Missing, malformed or out-of-range fields: nothing about the state of the books. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(List<FieldError> errors) {
        super(summary(errors), errors);
    }

    public InvalidInputException(String field, String code, Object... arguments) {
        this(List.of(new FieldError(field, code, arguments)));
    }

    private static Message summary(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).message() : Message.of("invalid.fields", errors.size());
    }
}
