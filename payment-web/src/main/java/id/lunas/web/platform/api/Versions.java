package id.lunas.web.platform.api;

import id.lunas.domain.shared.InvalidInputException;
import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ETags are the payment's optimistic version; If-Match sends one back (RFC 9110, section 13.1.1). */
public final class Versions {

    /** A version no record has, for an entity tag that can never match: the answer is 412, as for a stale one. */
    static final long NEVER_MATCHES = -1;

    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"");

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client expects, or null when it sent no If-Match (or "*"). A well-formed tag
     * that is not one of ours, or a weak one (If-Match compares strongly), names no current version.
     * A bare number is accepted as if it were quoted; anything else is not an entity tag (400).
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.matches("\\d{1,18}")) {
            return Long.valueOf(value);
        }
        Matcher tag = ENTITY_TAG.matcher(value);
        if (!tag.matches()) {
            throw new InvalidInputException("If-Match", "input.notEntityTag", ifMatch);
        }
        if (tag.group(1) != null || !tag.group(2).matches("\\d{1,18}")) {
            return NEVER_MATCHES;
        }
        return Long.valueOf(tag.group(2));
    }
}
