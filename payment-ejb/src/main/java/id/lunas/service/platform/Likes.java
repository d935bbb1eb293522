package id.lunas.service.platform;

import java.util.Locale;

/**
 * LIKE patterns from what a person typed: {@code %} and {@code _} match themselves, not "anything".
 * Queries write {@code like :pattern escape '!'}.
 */
public final class Likes {

    public static final String ESCAPE = " escape '!'";

    private Likes() {
    }

    /** Matches values that contain the text, ignoring case (compare with lower(column)). */
    public static String containing(String text) {
        return "%" + literal(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** Matches values that start with the text, as typed. */
    public static String startingWith(String text) {
        return literal(text.strip()) + "%";
    }

    private static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
