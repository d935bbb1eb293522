package id.lunas.web.platform.api;

import id.lunas.domain.shared.DomainException;
import id.lunas.domain.shared.Message;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything that is not a domain refusal: unreadable bodies are the client's fault (400, naming the
 * field when the parser says which, never a Java class); a role the service refused is 403; a unique
 * key or lock that another request won is a lost race (409); JAX-RS' own errors keep their status;
 * anything else is ours (500), logged with an id the answer quotes, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        Locale locale = Problems.languageOf(headers);
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Problems.of(domain, locale);
            }
            if (cause instanceof EJBAccessException) {
                return Problems.of(403, "forbidden", Message.of("refused.role"), locale);
            }
            if (cause instanceof JsonbException || cause instanceof ProcessingException) {
                return malformedBody(exception, locale);
            }
            if (cause instanceof SQLIntegrityConstraintViolationException || isUniqueViolation(cause)) {
                return Problems.of(409, "conflict", Message.of("conflict.sameThing"), locale);
            }
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof SQLTransactionRollbackException) {
                return Problems.of(409, "conflict", Message.of("conflict.sameRecord"), locale);
            }
        }
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 403) {
                return Problems.of(403, "forbidden", Message.of("refused.role"), locale);
            }
            Response.Status known = Response.Status.fromStatusCode(status);
            String reason = known == null ? Integer.toString(status) : known.getReasonPhrase();
            return Problems.response(Problem.of(status, "http-" + status, reason,
                    Message.of("problem.http", (long) status, reason).in(locale), "problem.http", null));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problems.of(500, "internal-error", Message.of("problem.internal", incident), locale);
    }

    /**
     * The parser names the properties it was reading, outermost first ("property 'giro'" then
     * "property 'number'"): joined, they are the field the client sent wrong.
     */
    private static Response malformedBody(Throwable exception, Locale locale) {
        Deque<String> path = new ArrayDeque<>();
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            while (property.find()) {
                if (!property.group(1).equals(path.peekLast())) {
                    path.addLast(property.group(1));
                }
            }
        }
        if (path.isEmpty()) {
            return Problems.of(400, "malformed-body", Message.of("input.malformedBody"), locale);
        }
        String field = String.join(".", path);
        Message detail = Message.of("input.malformedField", field);
        return Problems.response(Problem.of(400, "malformed-body", Message.of("problem.malformed-body").in(locale),
                detail.in(locale), detail.code(), java.util.List.of(new Problem.Field(field, detail.code(),
                        detail.in(locale)))));
    }

    /** H2 reports a unique violation as a plain SQLException with state 23505. */
    private static boolean isUniqueViolation(Throwable cause) {
        return cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("23");
    }
}
