package id.lunas.web.platform.api;

import id.lunas.domain.shared.InvalidInputException;
import jakarta.ws.rs.core.EntityTag;

/** ETags are the payment's optimistic version; If-Match sends one back. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the client expects, or null when it sent no If-Match (or "*"). */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match '" + ifMatch
                    + "' is not an ETag this API issued; send back the ETag of GET /api/payments/{number}");
        }
    }
}
