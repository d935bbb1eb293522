package id.lunas.web.platform.api;

import id.lunas.domain.shared.FieldLabel;
import id.lunas.domain.shared.InvalidInputException;

/** A PUT names the record in its path; a body that names another one is a mistake, not a rename. */
public final class PathKeys {

    private PathKeys() {
    }

    public static String agree(String field, String fromPath, String fromBody) {
        if (fromBody != null && !fromBody.isBlank() && !fromBody.strip().equals(fromPath)) {
            throw new InvalidInputException(field, "input.keyChanged", FieldLabel.of(field), fromBody.strip(), fromPath);
        }
        return fromPath;
    }
}
