package id.lunas.service.platform;

import id.lunas.domain.shared.RuleViolationException;

/** A record with the same code or number exists already. */
public class DuplicateException extends RuleViolationException {

    public DuplicateException(String field, String code, Object... arguments) {
        super(field, code, arguments);
    }
}
