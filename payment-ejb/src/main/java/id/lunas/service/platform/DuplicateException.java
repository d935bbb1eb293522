package id.lunas.service.platform;

import id.lunas.domain.shared.RuleViolationException;

/** A record with the same code or number exists already. */
public class DuplicateException extends RuleViolationException {

    public DuplicateException(String field, String message) {
        super(field, message);
    }
}
