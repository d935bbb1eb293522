package id.lunas.domain.shared;

import java.util.List;

/** A payment, customer, invoice or bank account that the request names does not exist. */
public class NotFoundException extends DomainException {

    public NotFoundException(String field, String message) {
        super(message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    public static NotFoundException of(String what, String key) {
        return new NotFoundException(null, what + " " + key + " does not exist");
    }
}
