package id.lunas.domain.shared;

/**
 * Checks for the free-text fields clients send: required, trimmed, within the column's length and
 * free of control characters (a NUL or an escape code in a name breaks exports and screens). Notes
 * may run over several lines; every other text is one line.
 */
public final class Texts {

    private Texts() {
    }

    public static String required(String field, String value, int maxLength) {
        return present(field, optional(field, value, maxLength));
    }

    public static String optional(String field, String value, int maxLength) {
        return checked(field, value, maxLength, false);
    }

    /** A note or a reason: tabs and line breaks are welcome there. */
    public static String requiredNote(String field, String value, int maxLength) {
        return present(field, optionalNote(field, value, maxLength));
    }

    public static String optionalNote(String field, String value, int maxLength) {
        return checked(field, value, maxLength, true);
    }

    /** Refuses a value that is missing; the one home of "X is required" for every field. */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "required", FieldLabel.of(field));
        }
        return value;
    }

    private static String checked(String field, String value, int maxLength, boolean lines) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "tooLong", FieldLabel.of(field), maxLength);
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean control = c < 0x20 || c == 0x7F;
            if (control && !(lines && (c == '\t' || c == '\n' || c == '\r'))) {
                throw new InvalidInputException(field, "controlCharacter", FieldLabel.of(field));
            }
        }
        return trimmed;
    }
}
