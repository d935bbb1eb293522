package id.lunas.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs several field checks and refuses once with all that failed, so a person fixes a form in one
 * go instead of one field per attempt.
 */
public final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    /** The checked value, or null when the check refused it (the refusal is kept for {@link #refuseIfAny()}). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
            return null;
        }
    }

    public void add(FieldError error) {
        errors.add(error);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void refuseIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
