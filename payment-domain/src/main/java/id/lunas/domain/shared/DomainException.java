package id.lunas.domain.shared;

import java.util.List;
import java.util.Locale;

/**
 * A request Lunas refuses for a reason a person can read. The reason is a {@link Message}, rendered
 * in the language of whoever sees it; {@link #getMessage()} is its English text, for logs and
 * tests. Subclasses say what kind of refusal it is so each edge (REST, JSF) answers with its own
 * status or field message.
 */
public abstract class DomainException extends RuntimeException {

    private final Message message;
    private final List<FieldError> errors;

    protected DomainException(Message message, List<FieldError> errors) {
        super(message.code());
        this.message = message;
        this.errors = List.copyOf(errors);
    }

    public Message message() {
        return message;
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return message.in(Locale.ENGLISH);
    }
}
