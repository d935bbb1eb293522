package id.lunas.domain.shared;

/** Checks for the free-text fields clients send: required, trimmed, and within the column's length. */
public final class Texts {

    private Texts() {
    }

    public static String required(String field, String label, String value, int maxLength) {
        String trimmed = optional(field, label, value, maxLength);
        if (trimmed == null) {
            throw new InvalidInputException(field, label + " is required");
        }
        return trimmed;
    }

    public static String optional(String field, String label, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, label + " is longer than " + maxLength + " characters");
        }
        return trimmed;
    }
}
