package id.lunas.domain.shared;

import java.util.List;

/**
 * A request Lunas refuses for a reason a finance admin can read. Subclasses say what kind of
 * refusal it is so each edge (REST, JSF) can answer with its own status or field message.
 */
public abstract class DomainException extends RuntimeException {

    private final List<FieldError> errors;

    protected DomainException(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
