package id.lunas.domain.shared;

import java.util.List;

/** A business rule or a status transition refuses the request, given what is already recorded. */
public class RuleViolationException extends DomainException {

    /** {@code field} names the field the rule is about, or is null when the rule is about the record as a whole. */
    public RuleViolationException(String field, String code, Object... arguments) {
        this(field, Message.of(code, arguments));
    }

    public RuleViolationException(String field, Message message) {
        super(message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    /** Several records refused at once, each named in {@code errors}; {@code summary} says how many. */
    public RuleViolationException(Message summary, List<FieldError> errors) {
        super(summary, errors);
    }
}
