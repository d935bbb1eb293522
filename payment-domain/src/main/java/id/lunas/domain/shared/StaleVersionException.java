package id.lunas.domain.shared;

import java.util.List;

/** The client acted on a version of a record that somebody else has changed since. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String what, long expected, long actual) {
        super(what + " has changed since you read it (your version " + expected + ", now " + actual
                + "); reload it and try again", List.of());
    }
}
