package id.lunas.web.platform.api;

import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * The client's {@code Prefer} header (RFC 7240). {@code return=minimal} asks a command to answer
 * with its outcome alone (status, ETag, Location) and no representation, for clients such as the ERP
 * that only need to know it was done; the answer says so with {@code Preference-Applied}.
 */
public final class Preferences {

    static final String MINIMAL = "return=minimal";

    private Preferences() {
    }

    /** Whether any of the header's preferences is {@code return=minimal} (tokens compare without case). */
    public static boolean returnMinimal(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String[] parameters = preference.split(";", 2);
            String[] nameValue = parameters[0].split("=", 2);
            if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("return")
                    && nameValue[1].strip().replace("\"", "").toLowerCase(Locale.ROOT).equals("minimal")) {
                return true;
            }
        }
        return false;
    }

    /** The answer without its body, saying the preference was honoured. */
    public static Response minimal(Response.ResponseBuilder outcome) {
        return outcome.entity(null).header("Preference-Applied", MINIMAL).build();
    }
}
