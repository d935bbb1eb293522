package id.lunas.domain.shared;

import java.util.List;

/** The client acted on a version of a record that somebody else has changed since. */
public class StaleVersionException extends DomainException {

    /** {@code code} takes the record's key and its current version. */
    public StaleVersionException(String code, String key, long current) {
        super(Message.of(code, key, current), List.of());
    }
}
