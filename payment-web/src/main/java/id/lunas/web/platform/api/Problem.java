package id.lunas.web.platform.api;

import id.lunas.domain.shared.FieldError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** An RFC 9457 problem detail; {@code errors} lists refused fields for validation problems. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://lunas.id/problems/";

    public static Problem of(int status, String slug, String title, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + slug, title, status, detail, errors == null || errors.isEmpty() ? null : errors);
    }
}
