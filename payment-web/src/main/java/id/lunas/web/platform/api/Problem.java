package id.lunas.web.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail, in the language the request asked for ({@code Accept-Language}: en or
 * id). {@code code} is the refusal's message code, for clients that word it themselves; {@code errors}
 * lists refused fields for validation problems.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "errors"})
public record Problem(String type, String title, int status, String detail, String code, List<Field> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://lunas.id/problems/";

    /** One refused field: its name as the client sent it, the message code and its text. */
    @JsonbPropertyOrder({"field", "code", "message"})
    public record Field(String field, String code, String message) {
    }

    public static Problem of(int status, String slug, String title, String detail, String code, List<Field> errors) {
        return new Problem(TYPE_BASE + slug, title, status, detail, code,
                errors == null || errors.isEmpty() ? null : errors);
    }
}
