package id.lunas.domain.shared;

import java.util.List;

/** A business rule or a status transition refuses the request, given what is already recorded. */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String field, String message) {
        super(message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    public RuleViolationException(String message) {
        this(null, message);
    }
}
