package id.lunas.domain.shared;

import java.util.List;

/** A payment, customer, invoice or bank account that the request names does not exist. */
public class NotFoundException extends DomainException {

    public NotFoundException(String field, String code, Object... arguments) {
        super(Message.of(code, arguments), field == null ? List.of() : List.of(new FieldError(field, code, arguments)));
    }

    /** Nothing has this key, e.g. {@code NotFoundException.of("payment.notFound", "PR-230800811")}. */
    public static NotFoundException of(String code, String key) {
        return new NotFoundException(null, code, key);
    }
}
