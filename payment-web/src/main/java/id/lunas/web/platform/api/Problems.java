package id.lunas.web.platform.api;

import id.lunas.domain.shared.DomainException;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Message;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.domain.shared.StaleVersionException;
import id.lunas.service.platform.DuplicateException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Turns refusals into problem responses in the request's language; the one place that decides their
 * HTTP status.
 */
public final class Problems {

    private Problems() {
    }

    public static Response of(DomainException e, Locale locale) {
        String detail = e.message().in(locale);
        var errors = e.errors().stream()
                .map(error -> new Problem.Field(error.field(), error.code(), error.message().in(locale))).toList();
        String code = e.message().code();
        Problem problem;
        if (e instanceof InvalidInputException) {
            problem = Problem.of(400, "invalid-input", title("invalid-input", locale), detail, code, errors);
        } else if (e instanceof NotFoundException) {
            problem = Problem.of(404, "not-found", title("not-found", locale), detail, code, errors);
        } else if (e instanceof StaleVersionException) {
            problem = Problem.of(412, "stale-version", title("stale-version", locale), detail, code, errors);
        } else if (e instanceof DuplicateException) {
            problem = Problem.of(409, "duplicate", title("duplicate", locale), detail, code, errors);
        } else {
            problem = Problem.of(409, "rule-violated", title("rule-violated", locale), detail, code, errors);
        }
        return response(problem);
    }

    /** A problem that is not a domain refusal (401, 403, a lost race, our own failure), worded in the catalog. */
    public static Response of(int status, String slug, Message detail, Locale locale) {
        return response(Problem.of(status, slug, title(slug, locale), detail.in(locale), detail.code(), null));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The language a client asked for in Accept-Language: Bahasa Indonesia for id, English otherwise. */
    public static Locale languageOf(HttpHeaders headers) {
        try {
            return headers == null ? Locale.ENGLISH : headers.getAcceptableLanguages().stream()
                    .filter(l -> !"*".equals(l.getLanguage()))
                    .findFirst().map(id.lunas.domain.shared.LocaleFormats::supported).orElse(Locale.ENGLISH);
        } catch (RuntimeException malformedHeader) {
            return Locale.ENGLISH;
        }
    }

    private static String title(String slug, Locale locale) {
        return Message.of("problem." + slug).in(locale);
    }
}
